package org.reversementoring.matching;

import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.Mailer;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorRepository;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemService;
import org.springframework.stereotype.Service;

/** Mails of the matching: the proposal to the coordinators, the outcome to every waiting executive. */
@Service
public class MatchingMails {

  static final String REVIEW = "matching-review";
  static final String REVIEW_REMINDER = "matching-review-reminder";
  static final String PICKED = "matching-picked";
  static final String NOT_THIS_TIME = "matching-not-this-time";

  private final MenteeService mentees;
  private final MentorRepository mentors;
  private final TandemService tandems;
  private final ParticipantDirectory participants;
  private final Mailer mailer;
  private final ProgramProperties properties;

  public MatchingMails(MenteeService mentees, MentorRepository mentors, TandemService tandems,
      ParticipantDirectory participants, Mailer mailer, ProgramProperties properties) {
    this.mentees = mentees;
    this.mentors = mentors;
    this.tandems = tandems;
    this.participants = participants;
    this.mailer = mailer;
    this.properties = properties;
  }

  /** "A proposal waits for you" (or its reminder), with the link to the review task. */
  public void toCoordinators(String template, String cohortName, int proposedCount, int unmatchedCount,
      String taskId, String processInstanceId) {
    List<String> coordinators = participants.emailsOf(ProgramGroup.COORDINATORS);
    mailer.send(new MailMessage(template + "/" + taskId, template,
        coordinators.isEmpty() ? List.of(properties.mail().coordinatorsAddress()) : coordinators,
        "colleague", Language.EN, List.of(cohortName, proposedCount, unmatchedCount), null,
        properties.taskUrl(taskId), null, null, processInstanceId, taskId, List.of()));
  }

  /**
   * Tells each executive of the approved proposal the outcome: who their mentor is, or why they
   * stay on the waitlist and at which place. One mail per person and run, also when retried.
   */
  public void tellExecutives(String cohortName, MatchingResult result, String processInstanceId) {
    for (Proposal proposal : result.proposals()) {
      Mentee mentee = mentees.find(proposal.menteeId());
      Mentor mentor = mentors.findById(proposal.mentorId()).orElseThrow();
      Tandem tandem = tandems.findByMentee(proposal.menteeId());
      send(PICKED, mentee, List.of(cohortName, mentor.getFullName(), tandem.getNumber(),
          mentor.getDepartment()), null, processInstanceId);
    }
    for (UnmatchedMentee unmatched : result.unmatchedMentees()) {
      Mentee mentee = mentees.find(unmatched.menteeId());
      send(NOT_THIS_TIME, mentee, List.of(cohortName, mentees.waitlistPosition(mentee.getId())),
          unmatched.reason(), processInstanceId);
    }
  }

  private void send(String template, Mentee mentee, List<Object> args, String quote, String processInstanceId) {
    mailer.send(new MailMessage("matching/" + processInstanceId + "/" + mentee.getId(), template,
        List.of(mentee.getEmail()), mentee.getFirstName(), mentee.getLanguageValue(), args, quote, null, null,
        null, processInstanceId, null, List.of()));
  }
}
