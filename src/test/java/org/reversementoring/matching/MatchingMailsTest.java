package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorRepository;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemService;

/**
 * The matching's mails as the model's steps ask for them: who gets which template with which
 * placeholders, and step keys exactly as the mails already sent carry them.
 */
class MatchingMailsTest {

  private static final String TASK_URL = "http://mentoring.test/camunda/app/tasklist/default/#/?task=task-7";
  private static final Addressee COORDINATORS = Addressee.colleagues(
      List.of("carla@example.com", "paula@example.com"), Language.EN);

  private final MenteeService mentees = mock(MenteeService.class);
  private final MentorRepository mentors = mock(MentorRepository.class);
  private final TandemService tandems = mock(TandemService.class);
  private final Addressees addressees = mock(Addressees.class);
  private final MatchingMails mails = new MatchingMails(mentees, mentors, tandems, addressees, Words.WORDS);

  @BeforeEach
  void setUp() {
    when(addressees.coordinators()).thenReturn(List.of(COORDINATORS));
  }

  @Test
  void servesTheMatchingProcess() {
    assertThat(mails.processKeys()).containsExactly("tandem-matching");
  }

  @Test
  void coordinatorsHearOfTheProposalWithTheLinkToTheReviewKeyedByTemplateAndTask() {
    MailStep step = new MailStep("tandem-matching", "matching-review", "coordinators", "task/task-7", "pi-1",
        "task-7", TASK_URL, counts());

    assertThat(parts(mails.mails(step).get(0))).containsExactly("matching-review/task-7",
        "matching-review", List.of("carla@example.com", "paula@example.com"), "colleague", Language.EN,
        List.of("Spring 2031", 2, 1), null, TASK_URL, null, null, "pi-1", "task-7", List.of());
  }

  @Test
  void theReminderLinksToTheReviewStillOpenAndIsKeyedByItsTemplateAndThatTask() {
    MailStep step = new MailStep("tandem-matching", "matching-review-reminder", "coordinators",
        "pi-1/Task_RemindCoordinators", "pi-1", "task-7", TASK_URL, counts());

    assertThat(mails.mails(step)).singleElement().satisfies(mail -> {
      assertThat(mail.stepKey()).isEqualTo("matching-review-reminder/task-7");
      assertThat(mail.template()).isEqualTo("matching-review-reminder");
      assertThat(mail.to()).containsExactly("carla@example.com", "paula@example.com");
      assertThat(mail.actionUrl()).isEqualTo(TASK_URL);
      assertThat(mail.args()).containsExactly("Spring 2031", 2, 1);
    });
  }

  @Test
  void noReminderOnceTheProposalIsDecided() {
    MailStep step = new MailStep("tandem-matching", "matching-review-reminder", "coordinators",
        "pi-1/Task_RemindCoordinators", "pi-1", null, null, counts());

    assertThat(mails.mails(step)).isEmpty();
  }

  @Test
  void everyExecutiveHearsTheOutcomeInAMailOfTheirOwnKeyedByRunAndPerson() {
    Mentee marc = mentee(10L, "marc@example.com", "Marc", Language.DE);
    Mentee olga = mentee(12L, "olga@example.com", "Olga", Language.EN);
    Mentor lena = mock(Mentor.class);
    when(lena.getFullName()).thenReturn("Lena Berger");
    when(lena.getDepartment()).thenReturn("Vehicle electronics");
    when(mentors.findById(1L)).thenReturn(Optional.of(lena));
    Tandem tandem = mock(Tandem.class);
    when(tandem.getNumber()).thenReturn("RMT-2031-004");
    when(tandems.findByMentee(10L)).thenReturn(tandem);
    when(mentees.waitlistPosition(12L)).thenReturn(3);
    mentee(13L, "greta@example.com", "Greta", Language.DE);
    when(mentees.waitlistPosition(13L)).thenReturn(4);
    Map<String, Object> variables = new HashMap<>();
    variables.put("cohortName", "Spring 2031");
    // the proposal as JSON text (the engine hands the step a Spin node that writes this text); Olga's
    // reason as v0.1.0 stored it (a sentence), Greta's as a kind with its arguments
    variables.put("proposal", "{\"proposals\":[{\"mentorId\":1,\"menteeId\":10,\"score\":82,"
        + "\"reasons\":[\"both in Munich\"],\"fixed\":false}],"
        + "\"unmatchedMentees\":[{\"menteeId\":12,\"reason\":\"no mentor outside your department\"},"
        + "{\"menteeId\":13,\"reason\":{\"key\":\"NO_MENTOR_WITH_GAP\",\"args\":[\"15\"]}}],"
        + "\"unmatchedMentors\":[],\"rejectedFixedPairs\":[]}");
    MailStep step = new MailStep("tandem-matching", "matching-picked", "executives", "pi-1/Task_TellExecutives",
        "pi-1", null, null, variables);

    List<MailMessage> sent = mails.mails(step);

    assertThat(sent).hasSize(3);
    assertThat(parts(sent.get(0))).containsExactly("matching/pi-1/10", "matching-picked",
        List.of("marc@example.com"), "Marc", Language.DE,
        List.of("Spring 2031", "Lena Berger", "RMT-2031-004", "Vehicle electronics"), null, null, null, null,
        "pi-1", null, List.of());
    assertThat(parts(sent.get(1))).containsExactly("matching/pi-1/12", "matching-not-this-time",
        List.of("olga@example.com"), "Olga", Language.EN, List.of("Spring 2031", 3),
        "no mentor outside your department", null, null, null, "pi-1", null, List.of());
    assertThat(sent.get(2).quote()).as("the reason in Greta's language")
        .isEqualTo("kein Mentor außerhalb Ihrer Abteilung mit 15 Jahren Altersabstand");
  }

  @Test
  void aRecipientTheMatchingDoesNotKnowIsAnError() {
    MailStep step = new MailStep("tandem-matching", "matching-review", "mentors", "task/task-7", "pi-1",
        "task-7", TASK_URL, counts());

    assertThatThrownBy(() -> mails.mails(step)).hasMessageContaining("unknown recipient 'mentors'");
  }

  /** Every part of a mail, in the order of the record. */
  private static List<Object> parts(MailMessage mail) {
    return Arrays.asList(mail.stepKey(), mail.template(), mail.to(), mail.greetingName(), mail.language(), mail.args(),
        mail.quote(), mail.actionUrl(), mail.activationUrl(), mail.withdrawUrl(), mail.processInstanceId(),
        mail.taskId(), mail.attachments());
  }

  private static Map<String, Object> counts() {
    return Map.of("cohortName", "Spring 2031", "proposedCount", 2, "unmatchedMenteeCount", 1);
  }

  private Mentee mentee(long id, String email, String firstName, Language language) {
    Mentee mentee = mock(Mentee.class);
    when(mentee.getId()).thenReturn(id);
    when(mentee.getEmail()).thenReturn(email);
    when(mentee.getFirstName()).thenReturn(firstName);
    when(mentee.getLanguageValue()).thenReturn(language);
    when(mentees.find(id)).thenReturn(mentee);
    return mentee;
  }
}
