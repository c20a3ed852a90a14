package org.reversementoring.enrollment;

import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.PersonName;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.identity.SelfRegistration;
import org.springframework.stereotype.Service;

/**
 * Registers an enrollment submitted to start the process: an executive enrols as themself (the
 * program office registers anyone), the enrollment is stored and numbered, and the executive
 * gets an account. A refusal stores nothing and creates no account.
 */
@Service
public class MenteeRegistration {

  private final MenteeService mentees;
  private final ParticipantDirectory participants;
  private final SelfRegistration selfRegistration;

  public MenteeRegistration(MenteeService mentees, ParticipantDirectory participants,
      SelfRegistration selfRegistration) {
    this.mentees = mentees;
    this.participants = participants;
    this.selfRegistration = selfRegistration;
  }

  public RegisteredMentee register(MenteeForm submitted, String processInstanceId) {
    MenteeForm form = submitted.withNames(selfRegistration.namesFor(submitted.email(),
        new PersonName(submitted.firstName(), submitted.lastName())));
    RegisteredMentee registered = mentees.register(form);
    String userId = participants.ensureParticipant(form.normalizedEmail(), form.firstName(), form.lastName(),
        ProgramGroup.MENTEES);
    mentees.attachToProcess(registered.menteeId(), processInstanceId, userId);
    return registered;
  }
}
