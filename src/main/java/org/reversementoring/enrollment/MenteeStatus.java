package org.reversementoring.enrollment;

import java.util.EnumSet;
import java.util.Set;

/** Where an executive's enrollment stands; each says what happens next. */
public enum MenteeStatus {
  REGISTERED("Registered: waiting for the program office to confirm"),
  WAITLISTED("On the waitlist for the next matching"),
  DECLINED("Not accepted by the program office"),
  MATCHED("Matched with a mentor"),
  WITHDRAWN("Withdrawn by you");

  /** Statuses in which the enrollment still runs; one person has at most one of them. */
  public static final Set<MenteeStatus> OPEN = EnumSet.of(REGISTERED, WAITLISTED);

  private final String description;

  MenteeStatus(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
