package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.support.DomainTestBeans;

/** What the program organizers read on their tasks, in their language: who, how to reach them, when they are free, the dates. */
class OrganizerBriefsTest {

  private static final long TANDEM = 7L;

  private final TandemParticipants participants = mock(TandemParticipants.class);
  private final SessionService sessions = mock(SessionService.class);
  private final OrganizerBriefs briefs = new OrganizerBriefs(participants, sessions, TandemProperties.defaults(),
      DomainTestBeans.programWords());

  @BeforeEach
  void setUp() {
    Tandem tandem = mock(Tandem.class);
    when(tandem.getId()).thenReturn(TANDEM);
    when(tandem.getNumber()).thenReturn("RMT-2031-001");
    when(tandem.getStartsOn()).thenReturn(LocalDate.of(2031, 3, 10));
    when(tandem.getSessionMinutes()).thenReturn(60);
    Mentor mentor = mock(Mentor.class);
    when(mentor.getFullName()).thenReturn("Zoë Łukasiewicz-Müller");
    when(mentor.getEmail()).thenReturn("zoe@example.com");
    when(mentor.getAvailability()).thenReturn(List.of("TUE-AM"));
    Mentee mentee = mock(Mentee.class);
    when(mentee.getFullName()).thenReturn("Marc Weber");
    when(mentee.getEmail()).thenReturn("marc@example.com");
    when(mentee.getAvailability()).thenReturn(List.of());
    when(participants.of(TANDEM)).thenReturn(new TandemParticipants.Participants(tandem, mentor, mentee));
    TandemSession second = session(2, "2031-04-08T08:00:00Z");
    when(sessions.session(TANDEM, 2)).thenReturn(second);
    List<TandemSession> series = List.of(session(1, "2031-03-25T09:00:00Z"), second, session(3, "2031-04-22T08:00:00Z"));
    when(sessions.sessions(TANDEM)).thenReturn(series);
  }

  @Test
  void aKickoffDateNeedsBothPeoplesSlotsAndTheStart() {
    assertThat(briefs.of(OrganizerBriefs.Brief.KICKOFF_DATE, TANDEM, null, Language.EN)).isEqualTo("""
        Tandem RMT-2031-001: the two share no weekly slot.
        Mentor: Zoë Łukasiewicz-Müller <zoe@example.com>, free TUE-AM
        Executive: Marc Weber <marc@example.com>, free (no weekly slot given)
        The tandem starts on Monday 10 March 2031; the kickoff lasts 60 minutes and needs 2 days' notice. \
        AM slots start at 10:00, PM slots at 14:00 (Europe/Berlin).""");
  }

  @Test
  void aMissingLogNamesTheSessionAndHowToReachBoth() {
    assertThat(briefs.of(OrganizerBriefs.Brief.MISSING_LOG, TANDEM, 2, Language.EN)).isEqualTo("""
        Tandem RMT-2031-001: session 2 (Tuesday 8 April 2031, 10:00) has no log; the mentor was reminded after 7 days.
        Mentor: Zoë Łukasiewicz-Müller <zoe@example.com>
        Executive: Marc Weber <marc@example.com>
        """);
  }

  @Test
  void aReplanSaysAfterWhichSessionTheReplacementComes() {
    assertThat(briefs.of(OrganizerBriefs.Brief.REPLAN, TANDEM, 2, Language.EN))
        .startsWith("Tandem RMT-2031-001: session 2 (Tuesday 8 April 2031, 10:00) could not be held;")
        .contains("free TUE-AM", "<marc@example.com>")
        .endsWith("The replacement comes after the last session, session 3 (Tuesday 22 April 2031, 10:00), "
            + "and lasts 60 minutes.");
  }

  @Test
  void aGermanOrganizerReadsTheBriefInGermanWithTheSameData() {
    assertThat(briefs.of(OrganizerBriefs.Brief.KICKOFF_DATE, TANDEM, null, Language.DE)).isEqualTo("""
        Tandem RMT-2031-001: Die beiden haben keinen gemeinsamen Wochentermin.
        Mentor: Zoë Łukasiewicz-Müller <zoe@example.com>, frei TUE-AM
        Führungskraft: Marc Weber <marc@example.com>, frei (kein Wochentermin angegeben)
        Das Tandem beginnt am Montag, 10. März 2031; der Kickoff dauert 60 Minuten und braucht 2 Tage Vorlauf. \
        AM-Termine beginnen um 10:00, PM-Termine um 14:00 (Europe/Berlin).""");
    assertThat(briefs.of(OrganizerBriefs.Brief.REPLAN, TANDEM, 2, Language.DE))
        .startsWith("Tandem RMT-2031-001: Termin 2 (Dienstag, 8. April 2031, 10:00) konnte nicht stattfinden;")
        .endsWith("Der Ersatztermin liegt nach dem letzten Termin, Termin 3 (Dienstag, 22. April 2031, 10:00), "
            + "und dauert 60 Minuten.");
  }

  @Test
  void aTaskNamesItsBriefAndSessionAndATaskFromBeforeNamesNone() {
    Map<String, Object> chase = Map.of(TandemVariables.ORGANIZER_BRIEF_KIND.name(), "missing-log",
        TandemVariables.TANDEM_ID.name(), TANDEM, TandemVariables.SESSION_POSITION.name(), 2);
    assertThat(briefs.of(chase, Language.DE)).hasValueSatisfying(brief -> assertThat(brief).startsWith(
        "Tandem RMT-2031-001: Zu Termin 2 (Dienstag, 8. April 2031, 10:00) fehlt das Protokoll;"));
    assertThat(briefs.of(Map.of(TandemVariables.TANDEM_ID.name(), TANDEM,
        TandemVariables.ORGANIZER_BRIEF.name(), "Tandem RMT-2031-001: ..."), Language.DE)).isEmpty();
  }

  private static TandemSession session(int position, String plannedAt) {
    TandemSession session = mock(TandemSession.class);
    when(session.getPosition()).thenReturn(position);
    when(session.getPlannedAt()).thenReturn(Instant.parse(plannedAt));
    return session;
  }
}
