package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.enrollment.MenteeService;

/** A participant's request to end the tandem, and the executive's place after a rematch. */
class EarlyEndingsTest {

  @Test
  void aRequestSaysWhyInAtMost2000Characters() {
    assertThat(EarlyEndings.reason("  We never meet \n")).isEqualTo("We never meet");
    assertThat(EarlyEndings.reason("x".repeat(2000))).hasSize(2000);
    for (String empty : new String[] {null, "", "  \n "}) {
      assertThatThrownBy(() -> EarlyEndings.reason(empty)).isInstanceOf(RejectedInputException.class)
          .hasMessage("reason: must not be empty");
    }
    assertThatThrownBy(() -> EarlyEndings.reason("x".repeat(2001))).isInstanceOf(RejectedInputException.class)
        .hasMessage("reason: must be at most 2000 characters");
  }

  @Test
  void afterARematchDecisionTheExecutiveWaitsFirst() {
    TandemService tandems = mock(TandemService.class);
    MenteeService mentees = mock(MenteeService.class);
    Tandem tandem = mock(Tandem.class);
    when(tandems.find(7L)).thenReturn(tandem);
    when(tandem.getMenteeId()).thenReturn(21L);

    new EarlyEndings(tandems, mentees).returnMenteeToWaitlist(7L);

    verify(mentees).returnToWaitlistHead(21L);
  }
}
