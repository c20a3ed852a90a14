package org.reversementoring.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** An applicant can step back while the application runs and during the Academy, not after it ended. */
class ApplicationStatusTest {

  @Test
  void withdrawableWhileOpenOrSelected() {
    assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isWithdrawable))
        .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.INTERVIEW,
            ApplicationStatus.SELECTED);
  }
}
