package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.support.CatalogueFixtures.OFFERED;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.OfferedTopics;

/** Every check on the mentor's session log and the mentee's rating. */
class SessionLogTest {

  @Test
  void aHeldSessionNeedsMinutesAndTopics() {
    SessionLog log = SessionLog.of("yes", 55, List.of(" AI-tools", "social-media", "ai-tools", ""), "  Tried <b>ChatGPT</b> ", null, OFFERED);
    assertThat(log).isEqualTo(new SessionLog(true, 55, List.of("ai-tools", "social-media"), "Tried <b>ChatGPT</b>", false));
    assertThat(SessionLog.of(Boolean.TRUE, 5, List.of("mobile-devices"), null, null, OFFERED).notes()).isNull();
  }

  @Test
  void aSessionNotHeldNeedsNothingElseAndDropsMinutes() {
    assertThat(SessionLog.of("no", 40, List.of(), " ", null, OFFERED)).isEqualTo(new SessionLog(false, null, List.of(), null, false));
    assertThat(SessionLog.of(false, null, null, "ill", null, OFFERED).notes()).isEqualTo("ill");
  }

  @Test
  void aSessionNotHeldMayAskForAReplacementAHeldOneNot() {
    assertThat(SessionLog.of("no", null, null, null, "true", OFFERED).replacementWanted()).isTrue();
    assertThat(SessionLog.of("no", null, null, null, Boolean.FALSE, OFFERED).replacementWanted()).isFalse();
    assertThatThrownBy(() -> SessionLog.of("yes", 60, List.of("ai-tools"), null, true, OFFERED))
        .hasMessage("replacementWanted: only for a session that was not held");
    assertThatThrownBy(() -> SessionLog.of("no", null, null, null, "perhaps", OFFERED))
        .hasMessage("replacementWanted: must be true or false");
  }

  @Test
  void refusalsNameEveryField() {
    assertThatThrownBy(() -> SessionLog.of(null, null, null, null, null, OFFERED)).isInstanceOf(RejectedInputException.class)
        .hasMessage("sessionHeld: must be yes or no");
    assertThatThrownBy(() -> SessionLog.of("maybe", null, null, null, null, OFFERED)).hasMessage("sessionHeld: must be yes or no");
    assertThatThrownBy(() -> SessionLog.of("yes", null, List.of(), null, null, OFFERED))
        .hasMessage("heldMinutes: must be given when the session was held; sessionTopics: must name at least one topic when the session was held");
    assertThatThrownBy(() -> SessionLog.of("yes", 4, List.of("ai-tools"), null, null, OFFERED))
        .hasMessage("heldMinutes: must be between 5 and 240");
    assertThatThrownBy(() -> SessionLog.of("yes", 241, List.of("ai-tools"), null, null, OFFERED))
        .hasMessage("heldMinutes: must be between 5 and 240");
    assertThatThrownBy(() -> SessionLog.of("yes", 60, List.of("knitting"), "x".repeat(2001), null, OFFERED))
        .hasMessage("sessionNotes: must be at most 2000 characters; sessionTopics: unknown topic 'knitting'; "
            + "known topics: mobile-devices, social-media, connected-car, ai-tools, cyber-security, "
            + "collaboration-tools, online-payments");
    assertThatThrownBy(() -> SessionLog.of("yes", 60, List.of("ai-tools"), null,
        null, new OfferedTopics(List.of("mobile-devices"), Set.of("ai-tools"))))
        .as("a retired topic is not logged any more")
        .hasMessage("sessionTopics: topic 'ai-tools' is retired; known topics: mobile-devices");
  }

  @Test
  void ratingFromOneToFiveWithAnOptionalComment() {
    assertThat(SessionLog.Rating.of(5, " Great ")).isEqualTo(new SessionLog.Rating(5, "Great"));
    assertThat(SessionLog.Rating.of(1, "")).isEqualTo(new SessionLog.Rating(1, null));
    assertThatThrownBy(() -> SessionLog.Rating.of(null, null)).hasMessage("sessionRating: must be between 1 and 5");
    assertThatThrownBy(() -> SessionLog.Rating.of(0, null)).hasMessage("sessionRating: must be between 1 and 5");
    assertThatThrownBy(() -> SessionLog.Rating.of(6, "y".repeat(2001)))
        .hasMessage("ratingComment: must be at most 2000 characters; sessionRating: must be between 1 and 5");
  }
}
