package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.recruitment.Mentor;
import org.springframework.context.MessageSource;

/** The kickoff's date: in the first shared weekly slot, else the date the program organizers agreed. */
class KickoffServiceTest {

  private static final long TANDEM = 7L;
  /** Monday 3 March 2031, 10:00 in Berlin; the tandem starts on Monday 10 March. */
  private static final Instant NOW = Instant.parse("2031-03-03T09:00:00Z");

  private final TandemService tandems = mock(TandemService.class);
  private final TandemParticipants participants = mock(TandemParticipants.class);
  private final Mentor mentor = mock(Mentor.class);
  private final Mentee mentee = mock(Mentee.class);
  private Tandem tandem;
  private KickoffService kickoffs;

  @BeforeEach
  void setUp() {
    tandem = new Tandem("RMT-2031-001", new TandemDraft(3L, 4L, "Spring", LocalDate.of(2031, 3, 10), 80,
        List.of("fit"), false), NOW);
    when(tandems.find(TANDEM)).thenReturn(tandem);
    when(participants.of(TANDEM)).thenReturn(new TandemParticipants.Participants(tandem, mentor, mentee));
    when(mentor.getUserId()).thenReturn("zoe");
    when(mentee.getUserId()).thenReturn("marc");
    kickoffs = new KickoffService(tandems, participants, TandemProperties.defaults(),
        Clock.fixed(NOW, ZoneId.of("Europe/Berlin")), mock(MessageSource.class));
  }

  @Test
  void aSharedSlotPlansTheKickoff() {
    when(mentor.getAvailability()).thenReturn(List.of("TUE-AM", "THU-PM"));
    when(mentee.getAvailability()).thenReturn(List.of("THU-PM"));

    KickoffService.KickoffPlan plan = kickoffs.plan(TANDEM, "pi-1");

    assertThat(plan).isEqualTo(new KickoffService.KickoffPlan(true, "zoe", "marc"));
    assertThat(tandem.getKickoffAt()).isEqualTo(Instant.parse("2031-03-13T13:00:00Z"));
    assertThat(tandem.getProcessInstanceId()).isEqualTo("pi-1");
  }

  @Test
  void withoutASharedSlotNothingIsPlannedUntilTheOrganizersAgreeADate() {
    when(mentor.getAvailability()).thenReturn(List.of("TUE-AM"));
    when(mentee.getAvailability()).thenReturn(List.of("FRI-PM"));

    assertThat(kickoffs.plan(TANDEM, "pi-1").sharedSlot()).isFalse();
    assertThat(tandem.getKickoffAt()).isNull();

    kickoffs.agreeDate(TANDEM, " 2031-03-12T16:30 ");
    assertThat(tandem.getKickoffAt()).as("Berlin time").isEqualTo(Instant.parse("2031-03-12T15:30:00Z"));
    kickoffs.agreeDate(TANDEM, "2031-03-12T16:30+02:00");
    assertThat(tandem.getKickoffAt()).as("with an offset").isEqualTo(Instant.parse("2031-03-12T14:30:00Z"));
  }

  @Test
  void anAgreedDateBeforeTheStartOrTooLateOrUnreadableIsRefusedAndChangesNothing() {
    assertThatThrownBy(() -> kickoffs.agreeDate(TANDEM, "2031-03-09T10:00")).isInstanceOf(RejectedInputException.class)
        .hasMessage("kickoffStart: must be on or after 2031-03-10T00:00 (the tandem's start, with notice)");
    assertThatThrownBy(() -> kickoffs.agreeDate(TANDEM, "2031-05-06T10:00"))
        .hasMessage("kickoffStart: must be within 8 weeks of 2031-03-10T00:00");
    assertThatThrownBy(() -> kickoffs.agreeDate(TANDEM, "")).hasMessage("kickoffStart: must not be empty");
    assertThatThrownBy(() -> kickoffs.agreeDate(TANDEM, "12.03.2031 10:00"))
        .hasMessage("kickoffStart: must be a date and time like 2027-03-01T09:00");
    assertThat(tandem.getKickoffAt()).isNull();
  }
}
