package org.reversementoring.notification;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the log in its own transaction: a mail that left the server stays logged as sent even
 * when the step that sent it rolls back, so its retry does not send it again.
 */
@Component
class NotificationLog {

  private final NotificationRepository notifications;
  private final Clock clock;

  NotificationLog(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Reads in the caller's transaction: the rows it looks for were committed by {@link #record}. */
  public boolean alreadySent(String stepKey) {
    return notifications.existsByStepKeyAndStatus(stepKey, Notification.Status.SENT);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(MailMessage mail, String subject, Notification.Status status, String error) {
    notifications.save(new Notification(mail, subject, clock.instant(), status, error));
  }
}
