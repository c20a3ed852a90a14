package org.reversementoring.tandem;

import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.process.TaskInputValidation;
import org.reversementoring.enrollment.MenteeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending a tandem before its last session at a participant's request: what the request must say,
 * and the executive's place after a rematch decision. Knows nothing of Camunda.
 */
@Service
@Transactional
public class EarlyEndings {

  /** The field of the request page. */
  public static final String REASON_FIELD = "reason";

  private final TandemService tandems;
  private final MenteeService mentees;

  public EarlyEndings(TandemService tandems, MenteeService mentees) {
    this.tandems = tandems;
    this.mentees = mentees;
  }

  /**
   * Why a participant asks to end the tandem: required, at most 2000 characters, stripped;
   * refused naming the field {@value #REASON_FIELD}.
   */
  public static String reason(String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new RejectedInputException(REASON_FIELD, "must not be empty");
    }
    if (text.length() > TaskInputValidation.MAX_TEXT_LENGTH) {
      throw new RejectedInputException(REASON_FIELD, "must be at most " + TaskInputValidation.MAX_TEXT_LENGTH
          + " characters");
    }
    return text;
  }

  /** After a rematch decision the executive waits first for a new mentor: back to the head of the waitlist. */
  public void returnMenteeToWaitlist(long tandemId) {
    mentees.returnToWaitlistHead(tandems.find(tandemId).getMenteeId());
  }
}
