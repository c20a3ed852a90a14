package org.reversementoring.matching;

import static org.reversementoring.common.ProcessVariable.integer;
import static org.reversementoring.common.ProcessVariable.string;

import org.reversementoring.common.ProcessVariable;
import org.reversementoring.matching.CoordinatorChoices;
import org.reversementoring.matching.MatchingPlans;
import org.reversementoring.matching.MatchingResult;

/** Process variables of {@code tandem-matching}, one place for delegates, forms and tests. */
public final class MatchingVariables {

  public static final String PROCESS_KEY = "tandem-matching";

  // start form
  /** E.g. "Spring 2027"; also the business key. */
  public static final ProcessVariable<String> COHORT_NAME = string(MatchingPlans.COHORT_NAME);
  /** yyyy-mm-dd: kickoffs are proposed from this day on. */
  public static final ProcessVariable<String> TANDEM_START_DATE = string(MatchingPlans.TANDEM_START_DATE);

  // set by "Propose tandems"
  /** JSON: the {@link org.reversementoring.matching.MatchingResult} under review. */
  public static final ProcessVariable<MatchingResult> PROPOSAL = ProcessVariable.json("proposal", MatchingResult.class);
  /**
   * The proposal in words, for the coordinator: a read-only field the review form shows in the
   * reader's language, made from {@link #PROPOSAL} ({@code process.ProposalSummaryText}); instances
   * started before 0.2 hold it in English (names: personal data).
   */
  public static final ProcessVariable<String> PROPOSAL_SUMMARY = string("proposalSummary");
  public static final ProcessVariable<Integer> PROPOSED_COUNT = integer("proposedCount");
  public static final ProcessVariable<Integer> UNMATCHED_MENTEE_COUNT = integer("unmatchedMenteeCount");

  // "Review matching proposal"
  /** "approve", "recompute" or "cancel". */
  public static final ProcessVariable<String> MATCHING_DECISION = string(CoordinatorChoices.DECISION);
  /** Numbers of proposed pairs to veto, e.g. "2, 5". */
  public static final ProcessVariable<String> VETOES = string(CoordinatorChoices.VETOES);
  /** Pairs to fix, one per line, mentor's email first. */
  public static final ProcessVariable<String> FIXES = string(CoordinatorChoices.FIXES);
  /** All vetoed pairs so far, {@link org.reversementoring.matching.Pairs} format. */
  public static final ProcessVariable<String> VETOED_PAIRS = string("vetoedPairs");
  /** All fixed pairs so far, {@link org.reversementoring.matching.Pairs} format. */
  public static final ProcessVariable<String> FIXED_PAIRS = string("fixedPairs");

  // set by "Form tandems"
  public static final ProcessVariable<Integer> TANDEM_COUNT = integer("tandemCount");

  private MatchingVariables() {
  }
}
