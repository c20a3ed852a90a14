package org.reversementoring.matching;

/**
 * The hard rules. A pair breaking any of them is never proposed, not even when a coordinator
 * fixes it. The order here is the order in which an unmatched mentee's reason is explained.
 * {@link CandidateCodes#allows} checks them.
 */
public enum HardRule {
  /** Mentor and mentee work in different departments (compared case-insensitively). */
  DIFFERENT_DEPARTMENT("same department"),
  /**
   * The mentor (the junior) is born at least {@link MatchingRules#minimumGenerationGap()} years
   * after the mentee. The gap is directional: an older apprentice never mentors a younger
   * executive, that would not be reverse mentoring.
   */
  GENERATION_GAP("generation gap too small"),
  /**
   * No reporting line: the mentor's training supervisor is neither the mentee nor anyone in the
   * mentee's {@link MenteeCandidate#managementChain()} (which holds the mentee's managers and the
   * people reporting to the mentee). So the mentee is not the apprentice's supervisor, does not
   * sit above that supervisor, and the apprentice is not supervised from inside the mentee's
   * own chain of command. E-mails are compared case-insensitively.
   */
  NO_REPORTING_LINE("reporting line"),
  /** The two have never been paired before. */
  NOT_PAIRED_BEFORE("paired before"),
  /** The mentor's e-mail is not on the mentee's exclusion list. */
  NOT_EXCLUDED("on the mentee's exclusion list"),
  /** The coordinator has not vetoed the pair. */
  NOT_VETOED("vetoed by the coordinator");

  private final String violation;

  HardRule(String violation) {
    this.violation = violation;
  }

  /** What breaking this rule looks like, in words ("same department"). */
  public String violation() {
    return violation;
  }
}
