package org.reversementoring.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Sends the mails of a process step through the capability that serves the step's process. */
@Service
public class MailSteps {

  private final Map<String, ProcessMails> byProcessKey = new HashMap<>();
  private final Mailer mailer;

  public MailSteps(List<ProcessMails> capabilities, Mailer mailer) {
    this.mailer = mailer;
    for (ProcessMails capability : capabilities) {
      for (String processKey : capability.processKeys()) {
        ProcessMails other = byProcessKey.putIfAbsent(processKey, capability);
        if (other != null) {
          throw new IllegalStateException("Both " + other.getClass().getSimpleName() + " and "
              + capability.getClass().getSimpleName() + " claim the mails of process " + processKey);
        }
      }
    }
  }

  public void send(MailStep step) {
    ProcessMails capability = byProcessKey.get(step.processKey());
    if (capability == null) {
      throw new IllegalStateException("No ProcessMails bean serves the mails of process " + step.processKey());
    }
    capability.mails(step).forEach(mailer::send);
  }
}
