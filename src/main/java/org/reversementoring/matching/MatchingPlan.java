package org.reversementoring.matching;

import java.time.LocalDate;

/** A checked start form: which cohort, and from which day its tandems start. */
public record MatchingPlan(String cohortName, LocalDate startsOn) {
}
