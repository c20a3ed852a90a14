package org.reversementoring.recruitment.process;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.VariableValues;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.recruitment.ApplicationForm;
import org.reversementoring.recruitment.ApplicationRegistration;
import org.springframework.stereotype.Component;

/**
 * Runs inside the start transaction, so a refused application leaves no instance and no record.
 * The start form is read leniently (a number may come as a text), refusing a bad value by name.
 */
@Component("registerApplication")
public class RegisterApplicationDelegate implements JavaDelegate {

  private final ApplicationRegistration registration;

  public RegisterApplicationDelegate(ApplicationRegistration registration) {
    this.registration = registration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableValues form = new VariableValues(execution.getVariables());
    ApplicationForm application = new ApplicationForm(form.text(FIRST_NAME.name()), form.text(LAST_NAME.name()),
        form.text(EMAIL.name()), form.text(OCCUPATION.name()), form.wholeNumber(TRAINING_YEAR.name()),
        form.text(DEPARTMENT.name()), form.text(LOCATION.name()), form.text(SUPERVISOR_EMAIL.name()),
        form.textList(TOPICS.name()), form.text(MOTIVATION.name()), form.text(LANGUAGE.name()),
        form.wholeNumber(BIRTH_YEAR.name()), form.textList(AVAILABILITY.name()), form.flag(PRIVACY_CONSENT.name()));
    ApplicationRegistration.Registered registered = registration.register(application, execution.getProcessInstanceId());

    execution.setProcessBusinessKey(registered.application().number());
    execution.removeVariables(ProcessVariable.names(PERSONAL_FORM_FIELDS));
    APPLICATION_ID.set(execution, registered.application().applicationId());
    APPLICATION_NUMBER.set(execution, registered.application().number());
    SUPERVISOR_USER_ID.set(execution, registered.supervisorUserId());
    TRAINING_YEAR.set(execution, application.trainingYear());
    TOPIC_COUNT.set(execution, registered.application().topicCount());
    EARLIER_PARTICIPATIONS.set(execution, registered.application().earlierParticipations());
  }
}
