package org.reversementoring.matching;

/**
 * Looks into a matching run: the matcher benchmark times the phases with it and writes out the
 * cost matrix that was solved. The application uses {@link #NONE}.
 */
interface MatchingObserver {

  MatchingObserver NONE = (costs, scoringNanos, solverNanos) -> { };

  /**
   * Called once per run that has something to assign.
   *
   * @param costs the cost matrix handed to the solver, mentees × mentor slots
   * @param scoringNanos checking and scoring every pair into that matrix
   * @param solverNanos the assignment solver alone
   */
  void assigned(CostMatrix costs, long scoringNanos, long solverNanos);
}
