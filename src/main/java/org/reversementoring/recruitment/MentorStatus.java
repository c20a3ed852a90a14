package org.reversementoring.recruitment;

/** Where an apprentice stands as a mentor, across all their applications. */
public enum MentorStatus {
  APPLICANT,
  SELECTED,
  QUALIFIED,
  NOT_QUALIFIED,
  WITHDRAWN
}
