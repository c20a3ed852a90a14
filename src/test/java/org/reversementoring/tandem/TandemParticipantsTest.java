package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorRepository;

/** The people of a tandem: each side as the mails address it, the shared kickoff slot, the supervisor's account. */
class TandemParticipantsTest {

  private static final long TANDEM = 7L;
  /** Tuesday 11 March 2031, 10:00 in Berlin: the slot TUE-AM. */
  private static final Instant TUESDAY_MORNING = Instant.parse("2031-03-11T09:00:00Z");

  private final TandemService tandems = mock(TandemService.class);
  private final MentorRepository mentors = mock(MentorRepository.class);
  private final MenteeService mentees = mock(MenteeService.class);
  private final ParticipantDirectory directory = mock(ParticipantDirectory.class);
  private final Tandem tandem = mock(Tandem.class);
  private final Mentor zoe = mock(Mentor.class);
  private final Mentee marc = mock(Mentee.class);
  private final TandemParticipants participants = new TandemParticipants(tandems, mentors, mentees, directory,
      TandemProperties.defaults());

  @BeforeEach
  void setUp() {
    when(tandems.find(TANDEM)).thenReturn(tandem);
    when(tandem.getMentorId()).thenReturn(3L);
    when(tandem.getMenteeId()).thenReturn(21L);
    when(mentors.findById(3L)).thenReturn(Optional.of(zoe));
    when(mentees.find(21L)).thenReturn(marc);
    when(zoe.getEmail()).thenReturn("zoe@example.com");
    when(zoe.getFirstName()).thenReturn("Zoë");
    when(zoe.getFullName()).thenReturn("Zoë Zimmer");
    when(zoe.getLanguage()).thenReturn(Language.EN);
    when(zoe.getSupervisorEmail()).thenReturn("sven@example.com");
    when(marc.getEmail()).thenReturn("marc@example.com");
    when(marc.getFirstName()).thenReturn("Marc");
    when(marc.getFullName()).thenReturn("Marc Weber");
    when(marc.getLanguageValue()).thenReturn(Language.DE);
  }

  @Test
  void eachSideIsAddressedInTheirOwnLanguage() {
    TandemParticipants.Participants pair = participants.of(TANDEM);
    assertThat(pair.tandem()).isSameAs(tandem);
    assertThat(pair.person(TandemSide.MENTOR))
        .isEqualTo(new TandemParticipants.Person("zoe@example.com", "Zoë", "Zoë Zimmer", Language.EN));
    assertThat(pair.person(TandemSide.MENTEE))
        .isEqualTo(new TandemParticipants.Person("marc@example.com", "Marc", "Marc Weber", Language.DE));
    Mentor lena = mock(Mentor.class);
    assertThat(pair.withMentor(lena).mentor()).isSameAs(lena);
    assertThat(pair.withMentor(lena).mentee()).isSameAs(marc);
  }

  @Test
  void theKickoffIsInASharedSlotOnlyWhenBothNamedIt() {
    when(tandem.getKickoffAt()).thenReturn(TUESDAY_MORNING);
    when(zoe.getAvailability()).thenReturn(List.of("TUE-AM", "THU-PM"));
    when(marc.getAvailability()).thenReturn(List.of("TUE-AM"));
    assertThat(participants.kickoffInSharedSlot(participants.of(TANDEM))).isTrue();

    when(marc.getAvailability()).thenReturn(List.of("THU-PM"));
    assertThat(participants.kickoffInSharedSlot(participants.of(TANDEM))).as("only the mentor's slot").isFalse();
    when(marc.getAvailability()).thenReturn(List.of("TUE-AM"));
    when(tandem.getKickoffAt()).thenReturn(TUESDAY_MORNING.plusSeconds(1800));
    assertThat(participants.kickoffInSharedSlot(participants.of(TANDEM))).as("not at a slot's time").isFalse();
    when(tandem.getKickoffAt()).thenReturn(null);
    assertThat(participants.kickoffInSharedSlot(participants.of(TANDEM))).as("no kickoff planned").isFalse();
  }

  @Test
  void theSupervisorGetsAnAccountForTheCheckIn() {
    when(directory.ensureParticipant("sven@example.com", "", "", ProgramGroup.TRAINING_SUPERVISORS)).thenReturn("sven");
    assertThat(participants.supervisorAccount(TANDEM)).isEqualTo("sven");
  }
}
