package org.reversementoring.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  /** Asked before every mail. JPQL: Hibernate keeps its plan, not a derived query's. */
  @Query("select count(n) > 0 from Notification n where n.stepKey = :stepKey and n.status = :status")
  boolean existsByStepKeyAndStatus(String stepKey, Notification.Status status);

  List<Notification> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

  /** Mails sent to exactly this one address (participant mails have a single recipient). */
  List<Notification> findByRecipientsOrderByIdAsc(String recipient);

  long deleteByRecipients(String recipient);

  /** The latest mail of this template sent to exactly this one address, e.g. someone's last digest. */
  java.util.Optional<Notification> findFirstByTemplateAndRecipientsAndStatusOrderByCreatedAtDesc(String template,
      String recipient, Notification.Status status);
}
