package org.reversementoring.closing;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Final feedback of both sides of a tandem. One answer per tandem and role: a second round
 * (after an extension) replaces the earlier answer. Knows nothing of Camunda.
 */
@Service
@Transactional
public class FinalFeedbackService {

  private final FinalFeedbackRepository feedback;
  private final Clock clock;

  public FinalFeedbackService(FinalFeedbackRepository feedback, Clock clock) {
    this.feedback = feedback;
    this.clock = clock;
  }

  /** Stores an answer, replacing this side's earlier answer on the same tandem. */
  public FinalFeedback record(long tandemId, FeedbackRole role, FeedbackAnswer answer) {
    return feedback.findByTandemIdAndRole(tandemId, role)
        .map(earlier -> {
          earlier.replace(answer, clock.instant());
          return earlier;
        })
        .orElseGet(() -> feedback.save(new FinalFeedback(tandemId, role, answer, clock.instant())));
  }

  /** The answers on a tandem, mentor's first. */
  @Transactional(readOnly = true)
  public List<FinalFeedback> answers(long tandemId) {
    return feedback.findByTandemIdOrderByRole(tandemId);
  }

  /**
   * The executives' ratings of a mentor as the mentor may see them: average and count, only from
   * three answers on; below that, only the count.
   */
  @Transactional(readOnly = true)
  public MentorAggregate mentorAggregate(long mentorId) {
    return MentorAggregate.of(feedback.menteeRatingsOfMentor(mentorId));
  }
}
