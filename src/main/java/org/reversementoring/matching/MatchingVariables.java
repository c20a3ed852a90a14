package org.reversementoring.matching;

/** Process variables of {@code tandem-matching}, one place for delegates, forms and tests. */
public final class MatchingVariables {

  public static final String PROCESS_KEY = "tandem-matching";

  // start form
  /** String, e.g. "Spring 2027"; also the business key. */
  public static final String COHORT_NAME = "cohortName";
  /** String yyyy-mm-dd: kickoffs are proposed from this day on. */
  public static final String TANDEM_START_DATE = "tandemStartDate";

  // set by "Propose tandems"
  /** JSON: the {@link MatchingResult} under review. */
  public static final String PROPOSAL = "proposal";
  /** String: the proposal in words, for the coordinator (names: personal data). */
  public static final String PROPOSAL_SUMMARY = "proposalSummary";
  /** Integer. */
  public static final String PROPOSED_COUNT = "proposedCount";
  /** Integer. */
  public static final String UNMATCHED_MENTEE_COUNT = "unmatchedMenteeCount";

  // "Review matching proposal"
  /** "approve", "recompute" or "cancel". */
  public static final String MATCHING_DECISION = "matchingDecision";
  /** String: numbers of proposed pairs to veto, e.g. "2, 5". */
  public static final String VETOES = CoordinatorChoices.VETOES;
  /** String: pairs to fix, one per line, mentor's email first. */
  public static final String FIXES = CoordinatorChoices.FIXES;
  /** String: all vetoed pairs so far, {@link Pairs} format. */
  public static final String VETOED_PAIRS = "vetoedPairs";
  /** String: all fixed pairs so far, {@link Pairs} format. */
  public static final String FIXED_PAIRS = "fixedPairs";

  // set by "Form tandems"
  /** Integer. */
  public static final String TANDEM_COUNT = "tandemCount";

  private MatchingVariables() {
  }
}
