package org.reversementoring.tandem;

import java.util.Optional;
import org.reversementoring.common.EmailAddress;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorRepository;
import org.reversementoring.recruitment.MentorStatus;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A substitute takes over from a mentor unavailable for a long stretch (vocational-school blocks,
 * holidays): the remaining sessions are theirs, the tandem remembers its original mentor.
 * Knows nothing of Camunda.
 */
@Service
@Transactional
public class SubstituteMentors {

  /** What the hand-over changed: who left, who took over (and their account, for the tasks). */
  public record HandOver(long replacedMentorId, long substituteMentorId, String substituteUserId) {
  }

  private final TandemService tandems;
  private final MentorRepository mentors;
  private final SessionService sessions;

  public SubstituteMentors(TandemService tandems, MentorRepository mentors, SessionService sessions) {
    this.tandems = tandems;
    this.mentors = mentors;
    this.sessions = sessions;
  }

  /** The qualified mentor with this email, if there is one. */
  @Transactional(readOnly = true)
  public Optional<Long> qualifiedMentorByEmail(String email) {
    return email == null ? Optional.empty()
        : mentors.findByEmail(EmailAddress.normalized(email))
            .filter(mentor -> mentor.getStatus() == MentorStatus.QUALIFIED)
            .map(Mentor::getId);
  }

  /**
   * The substitute becomes the active tandem's mentor and every session still planned moves to
   * them. The substitute must be a qualified mentor other than the current one, with an account;
   * refused naming {@code substituteMentorId}, nothing changed.
   */
  public HandOver handOver(long tandemId, Long substituteMentorId) {
    Tandem tandem = tandems.find(tandemId);
    if (tandem.getStatus() != TandemStatus.ACTIVE) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " is " + tandem.getStatus() + ", not ACTIVE");
    }
    Mentor substitute = substituteMentorId == null ? null : mentors.findById(substituteMentorId).orElse(null);
    if (substitute == null || substitute.getStatus() != MentorStatus.QUALIFIED || substitute.getUserId() == null) {
      throw new RejectedInputException(TandemVariables.SUBSTITUTE_MENTOR_ID.name(), "must name a qualified mentor");
    }
    if (substitute.getId().equals(tandem.getMentorId())) {
      throw new RejectedInputException(TandemVariables.SUBSTITUTE_MENTOR_ID.name(), "is already the tandem's mentor");
    }
    long replaced = tandem.getMentorId();
    tandem.substituteMentor(substitute.getId());
    sessions.handOver(tandemId, substitute.getId());
    return new HandOver(replaced, substitute.getId(), substitute.getUserId());
  }
}
