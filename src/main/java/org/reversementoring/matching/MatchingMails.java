package org.reversementoring.matching;

import static org.reversementoring.matching.MatchingVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.ProcessMails;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorRepository;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemService;
import org.springframework.stereotype.Service;

/**
 * Mails of the matching: the proposal (and its reminder) to the coordinators, the outcome to every
 * executive of the approved proposal.
 *
 * <p>Recipients the model names: {@code coordinators} (the review task's mail and the reminder
 * that links to the review still open) and {@code executives} (template {@code matching-picked}
 * for each executive with a mentor, {@code matching-not-this-time} for those left on the
 * waitlist).
 */
@Service
public class MatchingMails implements ProcessMails {

  static final String NOT_THIS_TIME = "matching-not-this-time";

  private final MenteeService mentees;
  private final MentorRepository mentors;
  private final TandemService tandems;
  private final Addressees addressees;
  private final MatchingWords words;

  public MatchingMails(MenteeService mentees, MentorRepository mentors, TandemService tandems,
      Addressees addressees, MatchingWords words) {
    this.words = words;
    this.mentees = mentees;
    this.mentors = mentors;
    this.tandems = tandems;
    this.addressees = addressees;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  @Override
  public List<MailMessage> mails(MailStep step) {
    return switch (step.recipient()) {
      case "coordinators" -> toCoordinators(step);
      case "executives" -> toExecutives(step);
      default -> throw step.unknownRecipient();
    };
  }

  /** "A proposal waits for you" (or its reminder), with the link to the review; none once it is decided. */
  private List<MailMessage> toCoordinators(MailStep step) {
    if (step.taskId() == null) {
      return List.of();
    }
    Map<String, Object> variables = step.variables();
    // the notification log dedupes on this key; mails already sent depend on its format
    return MailMessage.builder(step.template() + "/" + step.taskId(), step.template())
        .args(COHORT_NAME.from(variables), PROPOSED_COUNT.from(variables), UNMATCHED_MENTEE_COUNT.from(variables))
        .taskLink(step.taskId(), step.taskUrl())
        .processInstance(step.processInstanceId())
        .toEach(addressees.coordinators());
  }

  /**
   * Tells each executive of the approved proposal the outcome: who their mentor is, or why they
   * stay on the waitlist (in their language) and at which place. One mail per person and run,
   * also when retried.
   */
  private List<MailMessage> toExecutives(MailStep step) {
    String cohortName = COHORT_NAME.from(step.variables());
    MatchingResult result = PROPOSAL.from(step.variables());
    List<MailMessage> mails = new ArrayList<>();
    for (Proposal proposal : result.proposals()) {
      Mentee mentee = mentees.find(proposal.menteeId());
      Mentor mentor = mentors.findById(proposal.mentorId()).orElseThrow();
      Tandem tandem = tandems.findByMentee(proposal.menteeId());
      mails.add(toExecutive(step, step.template(), mentee)
          .args(cohortName, mentor.getFullName(), tandem.getNumber(), mentor.getDepartment()).build());
    }
    for (UnmatchedMentee unmatched : result.unmatchedMentees()) {
      Mentee mentee = mentees.find(unmatched.menteeId());
      mails.add(toExecutive(step, NOT_THIS_TIME, mentee)
          .args(cohortName, mentees.waitlistPosition(mentee.getId()))
          .quote(words.in(mentee.getLanguageValue()).reason(unmatched.reason())).build());
    }
    return mails;
  }

  /** Without an activation link, as these mails always were. */
  private static MailMessage.Builder toExecutive(MailStep step, String template, Mentee mentee) {
    return MailMessage.builder("matching/" + step.processInstanceId(), template).keyPart(mentee.getId())
        .to(Addressee.named(mentee.getEmail(), mentee.getFirstName(), mentee.getLanguageValue()))
        .processInstance(step.processInstanceId());
  }
}
