package org.reversementoring.enrollment;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.VariableValues;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.PersonName;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.identity.SelfRegistration;
import org.springframework.stereotype.Component;

/** Runs in the start transaction: a refused enrollment leaves no instance and no record. */
@Component("registerMentee")
public class RegisterMenteeDelegate implements JavaDelegate {

  private final MenteeService mentees;
  private final ParticipantDirectory participants;
  private final SelfRegistration selfRegistration;

  public RegisterMenteeDelegate(MenteeService mentees, ParticipantDirectory participants,
      SelfRegistration selfRegistration) {
    this.mentees = mentees;
    this.participants = participants;
    this.selfRegistration = selfRegistration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableValues form = new VariableValues(execution.getVariables());
    PersonName name = selfRegistration.namesFor(form.text(EMAIL),
        new PersonName(form.text(FIRST_NAME), form.text(LAST_NAME)));
    MenteeForm enrollment = new MenteeForm(name.firstName(), name.lastName(), form.text(EMAIL),
        form.text(DEPARTMENT), form.text(MANAGEMENT_LEVEL), form.wholeNumber(BIRTH_YEAR),
        form.textList(TOPICS), form.text(LANGUAGE), form.text(LOCATION), form.textList(AVAILABILITY),
        form.separatedList(EXCLUSIONS));
    RegisteredMentee registered = mentees.register(enrollment);
    String userId = participants.ensureParticipant(enrollment.email().strip().toLowerCase(java.util.Locale.ROOT),
        enrollment.firstName(), enrollment.lastName(), ProgramGroup.MENTEES);
    mentees.attachToProcess(registered.menteeId(), execution.getProcessInstanceId(), userId);

    execution.setProcessBusinessKey(registered.number());
    execution.removeVariables(List.of(PERSONAL_FORM_FIELDS));
    execution.setVariable(MENTEE_ID, registered.menteeId());
    execution.setVariable(MENTEE_NUMBER, registered.number());
    execution.setVariable(ENROLLMENT_SUMMARY, registered.summary());
  }
}
