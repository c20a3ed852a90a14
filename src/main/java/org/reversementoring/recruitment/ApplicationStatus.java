package org.reversementoring.recruitment;

import java.util.EnumSet;
import java.util.Set;

/** Statuses an applicant reads in mails and pages; each says what happens next. */
public enum ApplicationStatus {
  SUBMITTED("Submitted: waiting for your training supervisor's consent"),
  IN_REVIEW("In review by the program office"),
  INTERVIEW("Invited to an interview"),
  SELECTED("Selected as mentor"),
  REJECTED("Not selected"),
  WAITLISTED("On the waitlist"),
  CONSENT_REFUSED("Ended: the training supervisor could not release you"),
  WITHDRAWN("Withdrawn by you");

  /** Statuses in which the application still runs; one person has at most one of them. */
  public static final Set<ApplicationStatus> OPEN = EnumSet.of(SUBMITTED, IN_REVIEW, INTERVIEW);

  private final String description;

  ApplicationStatus(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  /** Until the Academy qualification ends, the applicant can step back. */
  public boolean isWithdrawable() {
    return isOpen() || this == SELECTED;
  }
}
