package org.reversementoring.enrollment;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Sends the executive the mail named by the BPMN field {@code template}. */
@Component("enrollmentMail")
@Scope("prototype")
public class EnrollmentMailDelegate implements JavaDelegate {

  private final EnrollmentMails mails;
  private Expression template;

  public EnrollmentMailDelegate(EnrollmentMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.toMentee(String.valueOf(template.getValue(execution)), (Long) execution.getVariable(MENTEE_ID),
        (Integer) execution.getVariable(WAITLIST_POSITION),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId(), execution.getProcessInstanceId());
  }
}
