package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Tells the participant a session task waits (BPMN fields {@code template}, {@code recipient}),
 * with the link and the session's date. Runs when the task is created; the task is asyncBefore,
 * so a mail failure retries the job.
 */
@Component("sessionTaskMail")
@Scope("prototype")
public class SessionTaskMailListener implements TaskListener {

  private final TandemMails mails;
  private Expression template;
  private Expression recipient;

  public SessionTaskMailListener(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    TandemMails.Recipient to = TandemMails.Recipient.valueOf(String.valueOf(recipient.getValue(task)).toUpperCase());
    mails.sessionMail(String.valueOf(template.getValue(task)), to, TANDEM_ID.from(task),
        SESSION_POSITION.from(task), "task/" + task.getId(), task.getProcessInstanceId(), task.getId());
  }
}
