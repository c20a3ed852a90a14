package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorRepository;
import org.reversementoring.recruitment.MentorStatus;
import org.springframework.test.util.ReflectionTestUtils;

/** Who may take over as substitute mentor, and what the tandem record keeps. */
class SubstituteMentorTest {

  private static final long TANDEM = 7L;
  private static final Instant NOW = Instant.parse("2031-04-01T09:00:00Z");

  private final TandemService tandems = mock(TandemService.class);
  private final MentorRepository mentors = mock(MentorRepository.class);
  private final SessionService sessions = mock(SessionService.class);
  private Tandem tandem;
  private SubstituteMentors substitutes;

  @BeforeEach
  void setUp() {
    tandem = new Tandem("RMT-2031-001", new TandemDraft(3L, 4L, "Spring", LocalDate.of(2031, 3, 10), 80,
        List.of("fit"), false), NOW);
    ReflectionTestUtils.setField(tandem, "id", TANDEM);
    tandem.changeStatus(TandemStatus.ACTIVE, NOW);
    when(tandems.find(TANDEM)).thenReturn(tandem);
    substitutes = new SubstituteMentors(tandems, mentors, sessions);
    mentor(3L, MentorStatus.QUALIFIED, "zoe");
    mentor(12L, MentorStatus.QUALIFIED, "lena");
    mentor(13L, MentorStatus.SELECTED, "max");
    mentor(14L, MentorStatus.QUALIFIED, null);
  }

  @Test
  void aQualifiedMentorTakesOverAndTheOriginalIsRemembered() {
    assertThat(substitutes.handOver(TANDEM, 12L)).isEqualTo(new SubstituteMentors.HandOver(3L, 12L, "lena"));
    assertThat(tandem.getMentorId()).isEqualTo(12L);
    assertThat(tandem.getOriginalMentorId()).isEqualTo(3L);
    verify(sessions).handOver(TANDEM, 12L);
  }

  @Test
  void refusalsNameTheFieldAndChangeNothing() {
    for (Long id : new Long[] {null, 99L, 13L, 14L}) {
      assertThatThrownBy(() -> substitutes.handOver(TANDEM, id)).isInstanceOf(RejectedInputException.class)
          .hasMessage("substituteMentorId: must name a qualified mentor");
    }
    assertThatThrownBy(() -> substitutes.handOver(TANDEM, 3L))
        .hasMessage("substituteMentorId: is already the tandem's mentor");
    tandem.changeStatus(TandemStatus.ENDED_EARLY, NOW);
    assertThatThrownBy(() -> substitutes.handOver(TANDEM, 12L)).isInstanceOf(IllegalStateException.class);
    assertThat(tandem.getMentorId()).isEqualTo(3L);
    assertThat(tandem.getOriginalMentorId()).isNull();
    verify(sessions, never()).handOver(anyLong(), anyLong());
  }

  @Test
  void theCoordinatorNamesTheSubstituteByTheirEmail() {
    Mentor lena = mentors.findById(12L).orElseThrow();
    when(mentors.findByEmail("lena@example.com")).thenReturn(Optional.of(lena));
    Mentor max = mentors.findById(13L).orElseThrow();
    when(mentors.findByEmail("max@example.com")).thenReturn(Optional.of(max));
    assertThat(substitutes.qualifiedMentorByEmail(" Lena@Example.com ")).contains(12L);
    assertThat(substitutes.qualifiedMentorByEmail("max@example.com")).as("selected, not yet qualified").isEmpty();
    assertThat(substitutes.qualifiedMentorByEmail("nobody@example.com")).isEmpty();
    assertThat(substitutes.qualifiedMentorByEmail(null)).isEmpty();
  }

  private void mentor(long id, MentorStatus status, String userId) {
    Mentor mentor = mock(Mentor.class);
    when(mentor.getId()).thenReturn(id);
    when(mentor.getStatus()).thenReturn(status);
    when(mentor.getUserId()).thenReturn(userId);
    when(mentors.findById(id)).thenReturn(Optional.of(mentor));
  }
}
