package org.reversementoring.recruitment;

import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.PersonName;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.identity.SelfRegistration;
import org.springframework.stereotype.Service;

/**
 * Registers an application submitted to start the process: a mentor applies as themself (the
 * program office registers anyone), the application is stored and numbered, and applicant and
 * supervisor get accounts. A refusal stores nothing and creates no account.
 */
@Service
public class ApplicationRegistration {

  /** What the process keeps: the application and whom to ask for consent. */
  public record Registered(RegisteredApplication application, String supervisorUserId) {
  }

  private final ApplicationService applications;
  private final ParticipantDirectory participants;
  private final SelfRegistration selfRegistration;

  public ApplicationRegistration(ApplicationService applications, ParticipantDirectory participants,
      SelfRegistration selfRegistration) {
    this.applications = applications;
    this.participants = participants;
    this.selfRegistration = selfRegistration;
  }

  public Registered register(ApplicationForm submitted, String processInstanceId) {
    PersonName name = selfRegistration.namesFor(submitted.email(),
        new PersonName(submitted.firstName(), submitted.lastName()));
    ApplicationForm form = submitted.withNames(name);
    RegisteredApplication registered = applications.register(form);
    String applicantId = participants.ensureParticipant(form.normalizedEmail(), form.firstName(), form.lastName(),
        ProgramGroup.MENTORS);
    String supervisorId = participants.ensureParticipant(form.normalizedSupervisorEmail(), "", "",
        ProgramGroup.TRAINING_SUPERVISORS);
    applications.attachToProcess(registered.applicationId(), processInstanceId, applicantId);
    return new Registered(registered, supervisorId);
  }
}
