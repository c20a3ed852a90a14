package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Tells whoever a closing task waits for (BPMN fields {@code template} and {@code recipient}:
 * mentor, mentee or coordinators) that it is there, with the link; the coordinators' mail about
 * missing feedback quotes who has not answered. Runs when the task is created; the task is
 * asyncBefore, so a mail failure retries the job.
 */
@Component("closingTaskMail")
@Scope("prototype")
public class ClosingTaskMailListener implements TaskListener {

  private final ClosingMails mails;
  private Expression template;
  private Expression recipient;

  public ClosingTaskMailListener(ClosingMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    ClosingMails.Recipient to = ClosingMails.Recipient.valueOf(String.valueOf(recipient.getValue(task)).toUpperCase());
    mails.aboutTask(String.valueOf(template.getValue(task)), to, (Long) task.getVariable(TANDEM_ID),
        "task/" + task.getId(), task.getProcessInstanceId(), task.getId(),
        (String) task.getVariableLocal(MISSING_FEEDBACK));
  }
}
