package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.notification.OpenTasks;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Reminds the mentor or the mentee (BPMN fields {@code template}, {@code recipient}) of the final
 * feedback still open for them, with the link to it.
 */
@Component("finalFeedbackReminder")
@Scope("prototype")
public class FinalFeedbackReminderDelegate implements JavaDelegate {

  private final ClosingMails mails;
  private final OpenTasks openTasks;
  private Expression template;
  private Expression recipient;

  public FinalFeedbackReminderDelegate(ClosingMails mails, OpenTasks openTasks) {
    this.mails = mails;
    this.openTasks = openTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClosingMails.Recipient to = ClosingMails.Recipient.valueOf(String.valueOf(recipient.getValue(execution)).toUpperCase());
    String userId = (String) execution.getVariable(to == ClosingMails.Recipient.MENTOR ? MENTOR_USER_ID : MENTEE_USER_ID);
    String taskId = openTasks.assignedTo(execution.getProcessInstanceId(), userId);
    mails.aboutTask(String.valueOf(template.getValue(execution)), to, (Long) execution.getVariable(TANDEM_ID),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId(), execution.getProcessInstanceId(),
        taskId, null);
  }
}
