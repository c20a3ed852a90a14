package org.reversementoring.notification;

import java.util.List;
import java.util.Set;

/**
 * The mails of one capability: for each mail step of its processes, who gets which mail with
 * which placeholders. One Spring bean per capability implements it, free of Camunda; the
 * generic task-mail listener and process-mail delegate find it by the step's process key.
 */
public interface ProcessMails {

  /** The keys of the process definitions whose mail steps this capability answers. */
  Set<String> processKeys();

  /**
   * The mails of this step, in the order they are sent; each carries a key of its own (see
   * {@link MailMessage.Builder#keyPart}) when there are several.
   */
  List<MailMessage> mails(MailStep step);
}
