package org.reversementoring.tandem;

import org.reversementoring.common.Language;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a tandem: its mentor and mentee as they stand now, the one lookup the tandem's
 * mails and services (and the closing's) use. Knows nothing of Camunda.
 */
@Service
@Transactional(readOnly = true)
public class TandemParticipants {

  /** A tandem with its mentor and mentee. */
  public record Participants(Tandem tandem, Mentor mentor, Mentee mentee) {

    /** One side of the tandem as the mails address it. */
    public Person person(TandemSide side) {
      return side == TandemSide.MENTOR
          ? new Person(mentor.getEmail(), mentor.getFirstName(), mentor.getFullName(), mentor.getLanguage())
          : new Person(mentee.getEmail(), mentee.getFirstName(), mentee.getFullName(), mentee.getLanguageValue());
    }

    /** The same tandem with another mentor, e.g. the one a substitute replaced. */
    public Participants withMentor(Mentor other) {
      return new Participants(tandem, other, mentee);
    }
  }

  /** A participant as a mail greets them, in their language. */
  public record Person(String email, String firstName, String fullName, Language language) {
  }

  private final TandemService tandems;
  private final MentorRepository mentors;
  private final MenteeService mentees;
  private final ParticipantDirectory directory;
  private final KickoffSlots slots;

  public TandemParticipants(TandemService tandems, MentorRepository mentors, MenteeService mentees,
      ParticipantDirectory directory, TandemProperties properties) {
    this.tandems = tandems;
    this.mentors = mentors;
    this.mentees = mentees;
    this.directory = directory;
    this.slots = new KickoffSlots(properties);
  }

  public Participants of(long tandemId) {
    Tandem tandem = tandems.find(tandemId);
    return new Participants(tandem, mentor(tandem.getMentorId()), mentees.find(tandem.getMenteeId()));
  }

  /** A mentor by id, e.g. the one a substitute replaced. */
  public Mentor mentor(long mentorId) {
    return mentors.findById(mentorId).orElseThrow(() -> new IllegalStateException("No mentor with id " + mentorId));
  }

  /** Whether the planned kickoff lies in a weekly slot both participants named. */
  public boolean kickoffInSharedSlot(Participants participants) {
    return participants.tandem().getKickoffAt() != null
        && slots.slotOf(participants.tandem().getKickoffAt())
            .filter(slot -> participants.mentor().getAvailability().contains(slot)
                && participants.mentee().getAvailability().contains(slot))
            .isPresent();
  }

  /**
   * The Camunda user id of the mentor's training supervisor, who answers the mid-program
   * check-in: an account as for the consent, made if there is none yet.
   */
  @Transactional
  public String supervisorAccount(long tandemId) {
    return directory.ensureParticipant(of(tandemId).mentor().getSupervisorEmail(), "", "",
        ProgramGroup.TRAINING_SUPERVISORS);
  }
}
