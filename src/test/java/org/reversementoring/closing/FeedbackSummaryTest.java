package org.reversementoring.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemParticipants;
import org.reversementoring.tandem.TandemProperties;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What the coordinators read of the final feedback, in English and in German, in the program's words. */
class FeedbackSummaryTest {

  private static final long TANDEM = 4L;
  private static final Instant SUBMITTED = Instant.parse("2031-06-02T20:30:00Z");

  private final TandemParticipants tandemParticipants = mock(TandemParticipants.class);
  private final FinalFeedbackService feedback = mock(FinalFeedbackService.class);
  private final HeldSessions sessions = mock(HeldSessions.class);
  private FeedbackSummary summary;

  @BeforeEach
  void setUp() {
    Tandem tandem = mock(Tandem.class);
    when(tandem.getNumber()).thenReturn("RMT-2031-004");
    when(tandem.getSessionCount()).thenReturn(4);
    Mentor mentor = mock(Mentor.class);
    when(mentor.getFullName()).thenReturn("Zoë Łukasiewicz-Müller");
    when(mentor.getEmail()).thenReturn("zoe@example.com");
    Mentee mentee = mock(Mentee.class);
    when(mentee.getFullName()).thenReturn("Petra Łęcka-Öztürk");
    when(mentee.getEmail()).thenReturn("petra@example.com");
    when(tandemParticipants.of(TANDEM)).thenReturn(new TandemParticipants.Participants(tandem, mentor, mentee));
    when(sessions.of(TANDEM)).thenReturn(List.of(
        new HeldSessions.HeldSession(1, Instant.parse("2031-03-10T09:00:00Z"), List.of("connected-car")),
        new HeldSessions.HeldSession(2, Instant.parse("2031-03-24T09:00:00Z"), List.of("ai-tools"))));
    when(feedback.answers(TANDEM)).thenReturn(List.of(new FinalFeedback(TANDEM, FeedbackRole.MENTOR,
        new FeedbackAnswer(4, "How a finance department decides", true, false, "More time, please"), SUBMITTED)));
    TandemProperties properties = mock(TandemProperties.class);
    when(properties.zone()).thenReturn(ZoneId.of("Europe/Berlin"));
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages/documents");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    summary = new FeedbackSummary(tandemParticipants, feedback, sessions, properties, messages);
  }

  @Test
  void theFeedbackInEnglish() {
    assertThat(summary.of(TANDEM, Language.EN)).isEqualTo("""
        Tandem RMT-2031-004: Zoë Łukasiewicz-Müller (mentor) and Petra Łęcka-Öztürk (executive)
        Sessions held: 2 (4 agreed)

        Mentor: rating 4 of 5, would recommend: yes, would take part again: no (2 Jun 2031)
          Learned: How a finance department decides
          Comment: More time, please

        Executive: no final feedback""");
  }

  @Test
  void theFeedbackInGerman() {
    assertThat(summary.of(TANDEM, Language.DE)).isEqualTo("""
        Tandem RMT-2031-004: Zoë Łukasiewicz-Müller (Mentor) und Petra Łęcka-Öztürk (Führungskraft)
        Gehaltene Termine: 2 (4 vereinbart)

        Mentor: Bewertung 4 von 5, würde weiterempfehlen: ja, würde wieder teilnehmen: nein (2. Juni 2031)
          Gelernt: How a finance department decides
          Kommentar: More time, please

        Führungskraft: kein Abschlussfeedback""");
  }

  @Test
  void whoHasNotAnsweredInEitherLanguage() {
    assertThat(summary.missing(TANDEM, true, false, Language.EN)).isEqualTo("Petra Łęcka-Öztürk (executive, petra@example.com)");
    assertThat(summary.missing(TANDEM, false, false, Language.DE))
        .isEqualTo("Zoë Łukasiewicz-Müller (Mentor, zoe@example.com)\nPetra Łęcka-Öztürk (Führungskraft, petra@example.com)");
    assertThat(summary.missing(TANDEM, true, true, Language.DE)).isEqualTo("Beide haben geantwortet.");
  }
}
