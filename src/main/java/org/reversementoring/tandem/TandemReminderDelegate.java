package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.notification.OpenTasks;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Reminds a participant of the task still open for them (BPMN fields {@code template} and
 * {@code recipient}: mentor or mentee), with the link to it.
 */
@Component("tandemReminder")
@Scope("prototype")
public class TandemReminderDelegate implements JavaDelegate {

  private final TandemMails mails;
  private final OpenTasks openTasks;
  private Expression template;
  private Expression recipient;

  public TandemReminderDelegate(TandemMails mails, OpenTasks openTasks) {
    this.mails = mails;
    this.openTasks = openTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TandemMails.Recipient to = TandemMails.Recipient.valueOf(String.valueOf(recipient.getValue(execution)).toUpperCase());
    String userId = (to == TandemMails.Recipient.MENTOR ? MENTOR_USER_ID : MENTEE_USER_ID).from(execution);
    String taskId = openTasks.assignedTo(execution.getProcessInstanceId(), userId);
    // one reminder per open task: a task created again after changes gets its own
    mails.toParticipant(String.valueOf(template.getValue(execution)), to, TANDEM_ID.from(execution),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + taskId,
        execution.getProcessInstanceId(), taskId, null);
  }
}
