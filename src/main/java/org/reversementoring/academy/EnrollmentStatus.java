package org.reversementoring.academy;

/** Where a mentor's seat in a cohort stands. */
public enum EnrollmentStatus {
  /** The mentor holds the seat and takes the cohort's modules. */
  ENROLLED,
  /** The seat was given back (withdrawal) before the cohort was done; it counts no more. */
  RELEASED,
  /** The cohort is done for this mentor, whatever the results; the seat stays counted. */
  COMPLETED
}
