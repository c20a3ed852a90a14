package org.reversementoring.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByStepKeyAndStatus(String stepKey, Notification.Status status);

  List<Notification> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);
}
