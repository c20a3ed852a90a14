package org.reversementoring.enrollment.process;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.VariableValues;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.enrollment.MenteeForm;
import org.reversementoring.enrollment.MenteeRegistration;
import org.reversementoring.enrollment.RegisteredMentee;
import org.springframework.stereotype.Component;

/**
 * Runs in the start transaction: a refused enrollment leaves no instance and no record. The
 * start form is read leniently (a number may come as a text), refusing a bad value by name.
 */
@Component("registerMentee")
public class RegisterMenteeDelegate implements JavaDelegate {

  private final MenteeRegistration registration;

  public RegisterMenteeDelegate(MenteeRegistration registration) {
    this.registration = registration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableValues form = new VariableValues(execution.getVariables());
    MenteeForm enrollment = new MenteeForm(form.text(FIRST_NAME.name()), form.text(LAST_NAME.name()),
        form.text(EMAIL.name()), form.text(DEPARTMENT.name()), form.text(MANAGEMENT_LEVEL.name()),
        form.wholeNumber(BIRTH_YEAR.name()), form.textList(TOPICS.name()), form.text(LANGUAGE.name()),
        form.text(LOCATION.name()), form.textList(AVAILABILITY.name()), form.separatedList(EXCLUSIONS.name()));
    RegisteredMentee registered = registration.register(enrollment, execution.getProcessInstanceId());

    execution.setProcessBusinessKey(registered.number());
    execution.removeVariables(ProcessVariable.names(PERSONAL_FORM_FIELDS));
    MENTEE_ID.set(execution, registered.menteeId());
    MENTEE_NUMBER.set(execution, registered.number());
  }
}
