package org.reversementoring.academy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.recruitment.process.RecruitmentVariables;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Sends the Academy mail named by the BPMN field {@code template}. */
@Component("academyMail")
@Scope("prototype")
public class AcademyMailDelegate implements JavaDelegate {

  private final AcademyMails mails;
  private Expression template;

  public AcademyMailDelegate(AcademyMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long enrollmentId = (Long) execution.getVariable(AcademyVariables.ENROLLMENT_ID);
    String moduleKey = (String) execution.getVariable(AcademyVariables.MODULE_KEY);
    // the model passes these steps once per enrollment (retakes) and per module (the loop)
    String stepKey = String.join("/", execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        String.valueOf(enrollmentId), String.valueOf(moduleKey));
    mails.send(String.valueOf(template.getValue(execution)),
        RecruitmentVariables.APPLICATION_ID.from(execution), enrollmentId, moduleKey, stepKey,
        execution.getProcessInstanceId(), null);
  }
}
