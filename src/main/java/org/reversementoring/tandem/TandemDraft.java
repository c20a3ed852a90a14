package org.reversementoring.tandem;

import java.time.LocalDate;
import java.util.List;

/** An approved pair about to become a tandem record. */
public record TandemDraft(
    long mentorId,
    long menteeId,
    String cohortName,
    LocalDate startsOn,
    int score,
    List<String> reasons,
    boolean fixedByCoordinator) {

  public TandemDraft {
    reasons = List.copyOf(reasons);
  }
}
