package org.reversementoring.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.closing.ClosingVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.VariableValues;
import org.reversementoring.common.ProcessVariable;

/** Final feedback and the closing decision as forms and REST callers send them. */
class FeedbackInputTest {

  @Test
  void acceptsRatingsAsNumbersOrTextAndYesNoAsTextOrBooleans() {
    assertThat(FeedbackAnswer.of(values(OVERALL_RATING, "4", LEARNED, "  Prompting  ", WOULD_RECOMMEND, "yes",
        WOULD_TAKE_PART_AGAIN, false, FEEDBACK_COMMENT, " ")))
        .isEqualTo(new FeedbackAnswer(4, "Prompting", true, false, null));
    assertThat(FeedbackAnswer.of(values(OVERALL_RATING, 1L, LEARNED, "x", WOULD_RECOMMEND, "NO",
        WOULD_TAKE_PART_AGAIN, "true", FEEDBACK_COMMENT, "c".repeat(2000))))
        .isEqualTo(new FeedbackAnswer(1, "x", false, true, "c".repeat(2000)));
    assertThat(FeedbackAnswer.of(values(OVERALL_RATING, 5.0, LEARNED, "x", WOULD_RECOMMEND, true,
        WOULD_TAKE_PART_AGAIN, "no")).overallRating()).isEqualTo(5);
  }

  @Test
  void refusesEveryBadFieldAtOnce() {
    assertThatThrownBy(() -> FeedbackAnswer.of(values(OVERALL_RATING, 0)))
        .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactlyInAnyOrder(OVERALL_RATING.name(), LEARNED.name(), WOULD_RECOMMEND.name(),
                WOULD_TAKE_PART_AGAIN.name()));
    assertThatThrownBy(() -> FeedbackAnswer.of(values(OVERALL_RATING, 2.5, LEARNED, "x", WOULD_RECOMMEND, "yes",
        WOULD_TAKE_PART_AGAIN, "yes"))).hasMessage("overallRating: must be a whole number");
  }

  @Test
  void closingSetsNoExtraSessionsAndExtendingNeedsOneToEight() {
    assertThat(ClosingDecision.of(values(CLOSING_DECISION, CLOSE, EXTRA_SESSIONS, 5, CLOSING_NOTE, " ")))
        .isEqualTo(new ClosingDecision(CLOSE, 0, null));
    assertThat(ClosingDecision.of(values(CLOSING_DECISION, EXTEND, EXTRA_SESSIONS, "8", CLOSING_NOTE, " More AI ")))
        .isEqualTo(new ClosingDecision(EXTEND, 8, "More AI"));
    assertThat(ClosingDecision.of(values(CLOSING_DECISION, EXTEND, EXTRA_SESSIONS, 1L)).extend()).isTrue();
    for (Object bad : new Object[] {0, 9, -1, null, ""}) {
      assertThatThrownBy(() -> ClosingDecision.of(values(CLOSING_DECISION, EXTEND, EXTRA_SESSIONS, bad)))
          .hasMessage("extraSessions: must be between 1 and 8 when extending");
    }
    assertThatThrownBy(() -> ClosingDecision.of(values(CLOSING_DECISION, null, CLOSING_NOTE, "n".repeat(2001))))
        .hasMessage("closingDecision: must be one of extend, close; closingNote: must be at most 2000 characters");
  }

  /** Values by variable: a declaration of ClosingVariables, then its value, and so on. */
  private static VariableValues values(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(((ProcessVariable<?>) keysAndValues[i]).name(), keysAndValues[i + 1]);
    }
    return new VariableValues(map);
  }

}
