package org.reversementoring.matching;

import java.util.List;

/**
 * The kinds of {@link Reason}, each with what its arguments are. Their words are
 * {@code reason.<NAME>} in {@code messages/matching[_de].properties}; the names are stored (in
 * proposals and tandems), so they are never renamed.
 */
public enum Why {
  // the fit of a proposed pair
  NO_TOPICS_WANTED,
  /** wanted. */
  SHARES_NO_TOPIC(Arg.NUMBER),
  /** shared, wanted, the first choice (shared). */
  SHARES_FIRST_CHOICE(Arg.NUMBER, Arg.NUMBER, Arg.TOPIC),
  /** shared, wanted, the first choice (not shared). */
  SHARES_NOT_FIRST_CHOICE(Arg.NUMBER, Arg.NUMBER, Arg.TOPIC),
  SAME_LANGUAGE(Arg.LANGUAGE),
  DIFFERENT_LANGUAGES(Arg.LANGUAGE, Arg.LANGUAGE),
  SAME_LOCATION(Arg.TEXT),
  DIFFERENT_LOCATIONS(Arg.TEXT, Arg.TEXT),
  NO_COMMON_SLOT,
  COMMON_SLOTS(Arg.SLOTS),
  YEARS_APART(Arg.NUMBER),
  FIXED_BY_COORDINATOR,
  // a fixed pair that cannot be kept
  MENTOR_NOT_IN_MATCHING(Arg.NUMBER),
  MENTEE_NOT_IN_MATCHING(Arg.NUMBER),
  BREAKS_HARD_RULES(Arg.RULES),
  MENTEE_ALREADY_FIXED(Arg.NUMBER),
  MENTOR_FULL(Arg.NUMBER),
  // a mentor with free places
  NO_MENTEES_WAITING,
  NO_MENTEE_MEETS_RULES,
  NO_FURTHER_MENTEE,
  MENTEES_MATCHED_ELSEWHERE,
  // an executive left on the waitlist (their mail quotes it)
  NO_MENTORS_AVAILABLE,
  NO_MENTOR_OUTSIDE_DEPARTMENT,
  /** the generation gap in years. */
  NO_MENTOR_WITH_GAP(Arg.NUMBER),
  NO_MENTOR_OUTSIDE_REPORTING_LINE(Arg.NUMBER),
  NO_MENTOR_NOT_PAIRED_BEFORE(Arg.NUMBER),
  NO_MENTOR_NOT_EXCLUDED(Arg.NUMBER),
  NO_MENTOR_NOT_VETOED(Arg.NUMBER),
  ONE_SUITABLE_MENTOR_TAKEN,
  ALL_SUITABLE_MENTORS_TAKEN(Arg.NUMBER);

  /** What an argument is, so it can be put in words: as it is, or by its code. */
  enum Arg {
    NUMBER, TEXT,
    /** a topic code, e.g. ai-tools. */
    TOPIC,
    /** de or en. */
    LANGUAGE,
    /** weekly slots, comma-separated, e.g. TUE-AM,THU-PM. */
    SLOTS,
    /** {@link HardRule} names, comma-separated. */
    RULES
  }

  private final List<Arg> args;

  Why(Arg... args) {
    this.args = List.of(args);
  }

  List<Arg> args() {
    return args;
  }
}
