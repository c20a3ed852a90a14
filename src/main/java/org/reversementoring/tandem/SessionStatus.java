package org.reversementoring.tandem;

/** Where one session of a tandem stands. */
public enum SessionStatus {
  /** Planned, not logged yet. */
  PLANNED,
  /** The mentor logged it as held. */
  HELD,
  /** The mentor logged that it did not take place; it still counts as one of the sessions. */
  NOT_HELD,
  /** Cancelled with the tandem. */
  CANCELLED
}
