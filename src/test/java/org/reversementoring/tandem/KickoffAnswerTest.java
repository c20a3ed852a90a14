package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;

/** The mentee's answer to the agreed goals, and what the mentor sees of it. */
class KickoffAnswerTest {

  @Test
  void aConfirmationOrChangesThatSayWhich() {
    assertThat(KickoffAnswer.of("confirm", " ")).isEqualTo(new KickoffAnswer(true, null));
    assertThat(KickoffAnswer.of("changes", " Add online banking ")).isEqualTo(new KickoffAnswer(false, "Add online banking"));
    assertThatThrownBy(() -> KickoffAnswer.of("changes", "")).isInstanceOf(RejectedInputException.class)
        .hasMessage("kickoffComment: must say what the mentor should change");
    assertThatThrownBy(() -> KickoffAnswer.of("maybe", null)).hasMessage("kickoffDecision: must be one of confirm, changes");
  }

  @Test
  void theMentorSeesTheChangesOnlyWhenTheMenteeAskedForThem() {
    assertThat(KickoffAnswer.changesAskedFor("changes", "Add online banking")).contains("Add online banking");
    assertThat(KickoffAnswer.changesAskedFor("confirm", "Fine")).isEmpty();
    assertThat(KickoffAnswer.changesAskedFor(null, null)).as("the first time, before any answer").isEmpty();
  }
}
