package org.reversementoring.academy;

/** What the results of one enrollment add up to. */
public enum QualificationOutcome {
  /** Every module of the cohort is passed (in this enrollment or an earlier one of the mentor). */
  ALL_PASSED,
  /** At least one module of this enrollment was failed or missed: it can no longer pass. */
  SOME_FAILED,
  /** Nothing failed so far, but modules are still without a passed result. */
  OPEN
}
