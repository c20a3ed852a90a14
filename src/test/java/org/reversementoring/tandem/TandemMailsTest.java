package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.reversementoring.calendar.TandemInvitations;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.context.support.StaticMessageSource;

/** What the tandem's mails carry besides their text: the link to ask to end, calendar files, variants. */
class TandemMailsTest {

  private static final long TANDEM = 7L;
  private static final String END_URL = "http://mentoring.test/tandems/end?token=end";

  private final TandemParticipants participants = mock(TandemParticipants.class);
  private final SessionService sessions = mock(SessionService.class);
  private final SessionLinks links = mock(SessionLinks.class);
  private final TandemInvitations invitations = mock(TandemInvitations.class);
  private final Addressees addressees = mock(Addressees.class);
  private final Tandem tandem = mock(Tandem.class);
  private final OrganizerBriefs briefs = mock(OrganizerBriefs.class);
  private TandemMails mails;

  @BeforeEach
  void setUp() {
    Mentor mentor = mock(Mentor.class);
    when(mentor.getEmail()).thenReturn("zoe@example.com");
    when(mentor.getFirstName()).thenReturn("Zoë");
    when(mentor.getFullName()).thenReturn("Zoë Zimmer");
    when(mentor.getLanguage()).thenReturn(Language.EN);
    Mentee mentee = mock(Mentee.class);
    when(mentee.getEmail()).thenReturn("marc@example.com");
    when(mentee.getFirstName()).thenReturn("Marc");
    when(mentee.getFullName()).thenReturn("Marc Weber");
    when(mentee.getLanguageValue()).thenReturn(Language.DE);
    when(tandem.getId()).thenReturn(TANDEM);
    when(tandem.getNumber()).thenReturn("RMT-2031-001");
    when(participants.of(TANDEM)).thenReturn(new TandemParticipants.Participants(tandem, mentor, mentee));
    when(links.endRequestUrl(anyLong(), any())).thenReturn(END_URL);
    when(addressees.participant(anyString(), anyString(), any())).thenAnswer(call ->
        Addressee.named(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
    when(invitations.cancellations(any(), any(), any())).thenReturn(new byte[] {3});
    when(addressees.supervisorLanguage(anyString(), any())).thenAnswer(call -> call.getArgument(1));
    StaticMessageSource messages = new StaticMessageSource();
    messages.setUseCodeAsDefaultMessage(true);
    mails = new TandemMails(participants, sessions, links, invitations, addressees, messages,
        TandemProperties.defaults(), new ProgramProperties("http://mentoring.test", "secret",
            new ProgramProperties.Mail("office@example.com", "program-office@example.com")), briefs);
  }

  @Test
  void aRunningTandemsMailsCarryTheLinkToAskToEndItAnEndedOnesDoNot() {
    when(tandem.getStatus()).thenReturn(TandemStatus.ACTIVE);
    assertThat(mails.mails(step("tandem-continues", "participants", Map.of())))
        .extracting(MailMessage::withdrawUrl).containsExactly(END_URL, END_URL);

    when(tandem.getStatus()).thenReturn(TandemStatus.ENDED_EARLY);
    assertThat(mails.mails(step("tandem-ended-on-request", "participants", Map.of())))
        .extracting(MailMessage::withdrawUrl).containsOnlyNulls();
  }

  @Test
  void anEarlyEndCancelsTheSessionsItCancelledInBothCalendars() {
    when(tandem.getStatus()).thenReturn(TandemStatus.ENDED_EARLY);
    TandemSession held = session(1, SessionStatus.HELD);
    TandemSession cancelled = session(2, SessionStatus.CANCELLED);
    when(sessions.sessions(TANDEM)).thenReturn(List.of(held, cancelled));

    List<MailMessage> sent = mails.mails(step("tandem-ended-early", "participants", Map.of()));

    assertThat(sent).extracting(MailMessage::stepKey).containsExactly("pi-1/Task_Tell/mentor", "pi-1/Task_Tell/mentee");
    assertThat(sent).allSatisfy(mail -> assertThat(mail.attachments()).extracting(MailAttachment::contentType)
        .containsExactly(MailAttachment.CALENDAR_CANCEL_TYPE));
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<TandemInvitations.Session>> cancelledSessions = ArgumentCaptor.forClass(List.class);
    verify(invitations, times(2)).cancellations(any(), cancelledSessions.capture(), any());
    assertThat(cancelledSessions.getValue()).extracting(TandemInvitations.Session::position).containsExactly(2);
    // each reads the entries in their own language: the mentor English, the mentee German
    verify(invitations).cancellations(any(), any(), eq(Language.EN));
    verify(invitations).cancellations(any(), any(), eq(Language.DE));
  }

  @Test
  void aTandemThatContinuesSendsNoCalendarAndTheRematchedMenteeHearsOfTheRematch() {
    when(tandem.getStatus()).thenReturn(TandemStatus.ACTIVE);
    assertThat(mails.mails(step("tandem-continues", "participants", Map.of())))
        .allSatisfy(mail -> assertThat(mail.attachments()).isEmpty());
    verify(invitations, never()).cancellations(any(), any(), any());

    when(tandem.getStatus()).thenReturn(TandemStatus.ENDED_EARLY);
    assertThat(mails.mails(step("tandem-ended-on-request", "participants",
        Map.of(TandemVariables.EARLY_ENDING_DECISION.name(), TandemVariables.REMATCH))))
        .extracting(MailMessage::template).containsExactly("tandem-ended-on-request", "tandem-rematch-mentee");
  }

  @Test
  void theOrganizersGetTheirBriefInTheirLanguagesAndTheChaseLinksTheFollowUpView() {
    when(tandem.getStatus()).thenReturn(TandemStatus.ACTIVE);
    TandemSession second = session(2, SessionStatus.PLANNED);
    when(sessions.session(TANDEM, 2)).thenReturn(second);
    when(addressees.organizers()).thenReturn(List.of(Addressee.colleagues(List.of("lena@example.com"), Language.DE),
        Addressee.colleagues(List.of("paula@example.com"), Language.EN)));

    Map<String, Object> task = Map.of(TandemVariables.TANDEM_ID.name(), TANDEM, TandemVariables.SESSION_POSITION.name(), 2,
        TandemVariables.ORGANIZER_BRIEF_KIND.name(), "missing-log");
    when(briefs.of(task, Language.DE)).thenReturn(Optional.of("Zu Termin 2 fehlt das Protokoll."));
    when(briefs.of(task, Language.EN)).thenReturn(Optional.of("Session 2 has no log."));

    List<MailMessage> chase = mails.mails(step("tandem-log-chase", "organizers", task));

    assertThat(chase).extracting(MailMessage::stepKey).containsExactly("pi-1/Task_Tell/de", "pi-1/Task_Tell/en");
    assertThat(chase).extracting(MailMessage::language).containsExactly(Language.DE, Language.EN);
    assertThat(chase).as("each with the brief in its language")
        .extracting(MailMessage::quote).containsExactly("Zu Termin 2 fehlt das Protokoll.", "Session 2 has no log.");
    assertThat(chase).allSatisfy(mail -> {
      assertThat(mail.args().get(8)).isEqualTo(2);
      assertThat(mail.args()).last().isEqualTo("http://mentoring.test/follow-up");
      assertThat(mail.withdrawUrl()).as("no participant's personal link").isNull();
      assertThat(mail.attachments()).isEmpty();
    });
  }

  @Test
  void theReplacementSessionsInvitationCarriesItsCalendarEntry() {
    when(tandem.getStatus()).thenReturn(TandemStatus.ACTIVE);
    TandemSession replacement = session(5, SessionStatus.PLANNED);
    when(sessions.session(TANDEM, 5)).thenReturn(replacement);
    when(invitations.sessions(any(), any(), any())).thenReturn(new byte[] {2});

    List<MailMessage> sent = mails.mails(step("tandem-session-replanned", "participants",
        Map.of(TandemVariables.SESSION_POSITION.name(), 1, TandemVariables.REPLACEMENT_POSITION.name(), 5)));

    assertThat(sent).extracting(MailMessage::to).containsExactly(List.of("zoe@example.com"), List.of("marc@example.com"));
    assertThat(sent).allSatisfy(mail -> {
      assertThat(mail.args().get(8)).as("the replacement, not the missed session").isEqualTo(5);
      assertThat(mail.attachments()).extracting(MailAttachment::contentType)
          .containsExactly(MailAttachment.CALENDAR_REQUEST_TYPE);
    });
    verify(invitations, org.mockito.Mockito.times(2)).sessions(any(), org.mockito.ArgumentMatchers.argThat(list ->
        list.size() == 1 && list.get(0).position() == 5), any());
  }

  @Test
  void aRecipientTheMailsDoNotKnowIsRefused() {
    assertThatThrownBy(() -> mails.mails(step("tandem-continues", "supervisors", Map.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown recipient 'supervisors'");
  }

  private static MailStep step(String template, String recipient, Map<String, Object> variables) {
    Map<String, Object> all = new java.util.HashMap<>(variables);
    all.put(TandemVariables.TANDEM_ID.name(), TANDEM);
    return new MailStep(TandemVariables.PROCESS_KEY, template, recipient, "pi-1/Task_Tell", "pi-1", null, null, all);
  }

  private static TandemSession session(int position, SessionStatus status) {
    TandemSession session = mock(TandemSession.class);
    when(session.getPosition()).thenReturn(position);
    when(session.getStatus()).thenReturn(status);
    when(session.getPlannedAt()).thenReturn(Instant.parse("2031-03-25T09:00:00Z"));
    when(session.getPlannedMinutes()).thenReturn(60);
    return session;
  }
}
