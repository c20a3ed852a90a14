package org.reversementoring.tandem;

import java.util.EnumSet;
import java.util.Set;

/** Where a tandem stands; each says what happens next. */
public enum TandemStatus {
  KICKOFF("Kickoff: agreeing goals and cadence"),
  ACTIVE("Sessions running"),
  CLOSED("Closed after the last session"),
  ENDED_EARLY("Ended early");

  /** Statuses in which the tandem takes up one of the mentor's places. */
  public static final Set<TandemStatus> RUNNING = EnumSet.of(KICKOFF, ACTIVE);

  private final String description;

  TandemStatus(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
