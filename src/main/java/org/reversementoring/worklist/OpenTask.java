package org.reversementoring.worklist;

import java.time.Instant;

/**
 * An open task of the program as the morning digest sees it.
 *
 * @param caseNumber            the case's number; null for a task without one
 * @param caseLabel             the case's label; null when there is none
 * @param due                   its due date; null for a participant's task
 * @param assignee              the user who claimed it or was given it; null while unclaimed
 * @param offeredToCoordinators whether the coordinators' group is among its candidates
 */
public record OpenTask(String id, String name, String taskKey, String caseNumber, String caseLabel, Instant created,
    Instant due, String assignee, boolean offeredToCoordinators) {

  /** Whether this coordinator works it: it is theirs, or offered to the coordinators and unclaimed. */
  boolean waitsFor(String userId) {
    return userId.equals(assignee) || (assignee == null && offeredToCoordinators);
  }
}
