package org.reversementoring.recruitment;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.VariableValues;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.PersonName;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.identity.SelfRegistration;
import org.springframework.stereotype.Component;

/**
 * Runs inside the start transaction, so a refused application leaves no instance and no record.
 */
@Component("registerApplication")
public class RegisterApplicationDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private final ParticipantDirectory participants;
  private final SelfRegistration selfRegistration;

  public RegisterApplicationDelegate(ApplicationService applications, ParticipantDirectory participants,
      SelfRegistration selfRegistration) {
    this.applications = applications;
    this.participants = participants;
    this.selfRegistration = selfRegistration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableValues form = new VariableValues(execution.getVariables());
    PersonName name = selfRegistration.namesFor(form.text(EMAIL),
        new PersonName(form.text(FIRST_NAME), form.text(LAST_NAME)));
    ApplicationForm application = new ApplicationForm(
        name.firstName(), name.lastName(), form.text(EMAIL), form.text(OCCUPATION),
        form.wholeNumber(TRAINING_YEAR), form.text(DEPARTMENT), form.text(LOCATION),
        form.text(SUPERVISOR_EMAIL), form.textList(TOPICS), form.text(MOTIVATION),
        form.text(LANGUAGE), form.wholeNumber(BIRTH_YEAR), form.textList(AVAILABILITY),
        form.flag(PRIVACY_CONSENT));
    RegisteredApplication registered = applications.register(application);

    String applicantId = participants.ensureParticipant(application.normalizedEmail(),
        application.firstName(), application.lastName(), ProgramGroup.MENTORS);
    String supervisorId = participants.ensureParticipant(application.normalizedSupervisorEmail(),
        "", "", ProgramGroup.TRAINING_SUPERVISORS);
    applications.attachToProcess(registered.applicationId(), execution.getProcessInstanceId(), applicantId);

    execution.setProcessBusinessKey(registered.number());
    execution.removeVariables(java.util.List.of(PERSONAL_FORM_FIELDS));
    execution.setVariable(APPLICATION_ID, registered.applicationId());
    execution.setVariable(APPLICATION_NUMBER, registered.number());
    execution.setVariable(APPLICATION_SUMMARY, registered.summary());
    execution.setVariable(SUPERVISOR_USER_ID, supervisorId);
    execution.setVariable(TRAINING_YEAR, application.trainingYear());
    execution.setVariable(TOPIC_COUNT, registered.topicCount());
    execution.setVariable(EARLIER_PARTICIPATIONS, registered.earlierParticipations());
  }
}
