package org.reversementoring.recruitment;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.notification.OpenTasks;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Sends the recruitment mail named by the BPMN fields {@code template} and {@code recipient}.
 * A reminder links to the open task it reminds of.
 */
@Component("recruitmentMail")
@Scope("prototype")
public class RecruitmentMailDelegate implements JavaDelegate {

  private final RecruitmentMails mails;
  private final OpenTasks openTasks;
  private Expression template;
  private Expression recipient;

  public RecruitmentMailDelegate(RecruitmentMails mails, OpenTasks openTasks) {
    this.mails = mails;
    this.openTasks = openTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String templateName = String.valueOf(template.getValue(execution));
    RecruitmentMails.Recipient to = RecruitmentMails.Recipient.valueOf(
        String.valueOf(recipient.getValue(execution)).toUpperCase());
    String taskId = to == RecruitmentMails.Recipient.SUPERVISOR
        ? openTasks.assignedTo(execution.getProcessInstanceId(), (String) execution.getVariable(SUPERVISOR_USER_ID))
        : null;
    mails.send(templateName, to, (Long) execution.getVariable(APPLICATION_ID),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId(),
        execution.getProcessInstanceId(), taskId, (Integer) execution.getVariable(WAITLIST_POSITION));
  }
}
