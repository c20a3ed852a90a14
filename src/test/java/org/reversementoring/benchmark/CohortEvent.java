package org.reversementoring.benchmark;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** One cohort of a lifecycle benchmark line, recorded when JFR runs, so a profile can be split by cohort ({@link CohortProfile}). */
@Name(CohortEvent.NAME)
@Label("Lifecycle benchmark cohort")
@Category("Reverse Mentoring")
final class CohortEvent extends Event {

  static final String NAME = "org.reversementoring.benchmark.Cohort";

  @Label("Line")
  String line;

  @Label("Cohort")
  String cohort;

  @Label("Journeys")
  int journeys;

  CohortEvent(String line, String cohort, int journeys) {
    this.line = line;
    this.cohort = cohort;
    this.journeys = journeys;
  }
}
