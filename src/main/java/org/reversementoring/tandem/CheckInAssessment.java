package org.reversementoring.tandem;

/** The training supervisor's view at the mid-program check-in. */
public enum CheckInAssessment {
  ON_TRACK, SOME_CONCERNS, NEEDS_HELP
}
