package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.reversementoring.calendar.TandemInvitations;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailSteps;
import org.reversementoring.notification.Mailer;
import org.reversementoring.notification.process.OpenTasks;
import org.reversementoring.notification.process.ProcessMailDelegate;
import org.reversementoring.notification.process.TaskMailListener;
import org.reversementoring.recruitment.Mentor;
import org.springframework.context.support.StaticMessageSource;

/**
 * The model's mail steps on a plain engine: the generic {@code taskMail} and {@code processMail}
 * beans hand each step to the real {@link TandemMails}, over mocked lookups; the mails it writes
 * are recorded instead of sent, so a test sees what each step sends under which key.
 */
final class TandemMailRecorder {

  static final String MENTOR_EMAIL = "zoe@example.com";
  static final String MENTEE_EMAIL = "marc@example.com";
  static final String SUPERVISOR_EMAIL = "sven@example.com";
  static final String COORDINATORS_EMAIL = "coordinators@example.com";
  static final String ORGANIZERS_EMAIL = "organizers@example.com";
  /** The mentor with id 3, whom a substitute replaces. */
  static final String REPLACED_EMAIL = "anna@example.com";
  static final String GOALS_TEXT = "Plan a trip\nUse an AI assistant";

  private static final ProgramProperties PROGRAM = new ProgramProperties("http://mentoring.test", "secret",
      new ProgramProperties.Mail("office@example.com", COORDINATORS_EMAIL));

  private final List<MailMessage> sent = new ArrayList<>();

  TandemMailRecorder(ProcessEngine engine, long tandemId, Tandem record, TandemParticipants participants,
      SessionService sessions, OrganizerBriefs briefs) {
    when(record.getId()).thenReturn(tandemId);
    when(record.getKickoffAt()).thenReturn(Instant.parse("2031-03-11T09:00:00Z"));
    when(record.getGoals()).thenReturn(GOALS_TEXT);
    TandemParticipants.Participants tandem = new TandemParticipants.Participants(record,
        mentor("Zoë", "Zoë Zimmer", MENTOR_EMAIL), mentee());
    when(participants.of(tandemId)).thenReturn(tandem);
    Mentor replaced = mentor("Anna", "Anna Alt", REPLACED_EMAIL);
    when(participants.mentor(3L)).thenReturn(replaced);
    when(sessions.session(eq(tandemId), anyInt())).thenAnswer(call -> session(call.getArgument(1)));

    TandemInvitations invitations = mock(TandemInvitations.class);
    when(invitations.kickoff(any(), any(), any(), any())).thenReturn(new byte[] {1});
    when(invitations.sessions(any(), any(), any())).thenReturn(new byte[] {2});
    when(invitations.cancellations(any(), any(), any())).thenReturn(new byte[] {3});
    SessionLinks links = mock(SessionLinks.class);
    when(links.moveUrl(anyLong(), anyInt(), any())).thenReturn("http://mentoring.test/sessions/move?token=move");
    when(links.endRequestUrl(anyLong(), any())).thenReturn("http://mentoring.test/tandems/end?token=end");
    Addressees addressees = mock(Addressees.class);
    when(addressees.participant(anyString(), anyString(), any())).thenAnswer(call ->
        Addressee.named(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
    when(addressees.colleague(anyString(), any())).thenAnswer(call ->
        Addressee.colleagues(List.of(call.<String>getArgument(0)), call.getArgument(1)));
    when(addressees.coordinators()).thenReturn(List.of(Addressee.colleagues(List.of(COORDINATORS_EMAIL), Language.EN)));
    when(addressees.supervisorLanguage(anyString(), any())).thenAnswer(call -> call.getArgument(1));
    StaticMessageSource messages = new StaticMessageSource();
    messages.setUseCodeAsDefaultMessage(true);

    Mailer mailer = mock(Mailer.class);
    doAnswer(call -> sent.add(call.getArgument(0))).when(mailer).send(any());
    when(addressees.organizers()).thenReturn(List.of(Addressee.colleagues(List.of(ORGANIZERS_EMAIL), Language.EN)));
    MailSteps steps = new MailSteps(List.of(new TandemMails(participants, sessions, links, invitations, addressees,
        messages, TandemProperties.defaults(), PROGRAM, briefs)), mailer);
    Mocks.register("taskMail", new TaskMailListener(steps, PROGRAM));
    Mocks.register("processMail", new ProcessMailDelegate(steps, new OpenTasks(engine.getTaskService()), PROGRAM));
  }

  /**
   * The one mail sent under this step key, with its template, recipient, process instance, task
   * (the link) and quoted text.
   */
  MailMessage assertSent(String stepKey, String template, String to, String processInstanceId, String taskId,
      String quote) {
    List<MailMessage> mails = sent.stream().filter(mail -> mail.stepKey().equals(stepKey)).toList();
    assertThat(mails).as("mails under " + stepKey + " of " + sent.stream().map(MailMessage::stepKey).toList())
        .hasSize(1);
    MailMessage mail = mails.get(0);
    assertThat(mail.template()).as(stepKey).isEqualTo(template);
    assertThat(mail.to()).as(stepKey).containsExactly(to);
    assertThat(mail.processInstanceId()).as(stepKey).isEqualTo(processInstanceId);
    assertThat(mail.taskId()).as(stepKey).isEqualTo(taskId);
    assertThat(mail.quote()).as(stepKey).isEqualTo(quote);
    return mail;
  }

  /** A mail about the session at this position: its placeholders {8}.. are that session's. */
  MailMessage assertAboutSession(MailMessage mail, int position) {
    assertThat(mail.args().get(8)).as(mail.stepKey()).isEqualTo(position);
    return mail;
  }

  /**
   * The mail under {@code keyPrefix + <execution id> + keySuffix}: a step the instance may pass
   * more than once keys its mails by the execution.
   */
  MailMessage assertSentUnder(String keyPrefix, String keySuffix, String template, String to,
      String processInstanceId) {
    List<MailMessage> mails = sent.stream()
        .filter(mail -> mail.stepKey().startsWith(keyPrefix) && mail.stepKey().endsWith(keySuffix)).toList();
    assertThat(mails).as("mails under " + keyPrefix + "*" + keySuffix).hasSize(1);
    return assertSent(mails.get(0).stepKey(), template, to, processInstanceId, null, null);
  }

  List<String> templates() {
    return sent.stream().map(MailMessage::template).toList();
  }

  private static Mentor mentor(String firstName, String fullName, String email) {
    Mentor mentor = mock(Mentor.class);
    when(mentor.getEmail()).thenReturn(email);
    when(mentor.getFirstName()).thenReturn(firstName);
    when(mentor.getFullName()).thenReturn(fullName);
    when(mentor.getLanguage()).thenReturn(Language.EN);
    when(mentor.getSupervisorEmail()).thenReturn(SUPERVISOR_EMAIL);
    return mentor;
  }

  private static Mentee mentee() {
    Mentee mentee = mock(Mentee.class);
    when(mentee.getEmail()).thenReturn(MENTEE_EMAIL);
    when(mentee.getFirstName()).thenReturn("Marc");
    when(mentee.getFullName()).thenReturn("Marc Weber");
    when(mentee.getLanguageValue()).thenReturn(Language.DE);
    return mentee;
  }

  private static TandemSession session(int position) {
    TandemSession session = mock(TandemSession.class);
    when(session.getPosition()).thenReturn(position);
    when(session.getPlannedAt()).thenReturn(Instant.parse("2031-03-25T09:00:00Z").plusSeconds(86400L * 28 * (position - 1)));
    when(session.getPlannedMinutes()).thenReturn(60);
    return session;
  }
}
