package org.reversementoring.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  /** Asked before every mail. */
  @Query("select count(n) > 0 from Notification n where n.stepKey = :stepKey and n.status = :status")
  boolean existsByStepKeyAndStatus(String stepKey, Notification.Status status);

  @Query("select n from Notification n where n.processInstanceId = :processInstanceId order by n.id")
  List<Notification> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

  /** Mails sent to exactly this one address (participant mails have a single recipient). */
  @Query("select n from Notification n where n.recipients = :recipient order by n.id")
  List<Notification> findByRecipientsOrderByIdAsc(String recipient);

  @Modifying(flushAutomatically = true)
  @Query("delete from Notification n where n.recipients = :recipient")
  int deleteByRecipients(String recipient);

  /** The latest mail of this template sent to exactly this one address, e.g. someone's last digest. */
  @Query("""
      select n from Notification n where n.template = :template and n.recipients = :recipient and n.status = :status
      order by n.createdAt desc, n.id desc limit 1""")
  Optional<Notification> findFirstByTemplateAndRecipientsAndStatusOrderByCreatedAtDesc(String template,
      String recipient, Notification.Status status);
}
