package org.reversementoring.closing;

import java.util.Locale;

/**
 * What a mentor may see of the executives' ratings: the average and the number of answers, and
 * only once there are at least {@link #MINIMUM_ANSWERS}, so no single executive's rating can be
 * told apart.
 */
public record MentorAggregate(int answers, Double average) {

  public static final int MINIMUM_ANSWERS = 3;

  static MentorAggregate of(java.util.List<Integer> ratings) {
    if (ratings.size() < MINIMUM_ANSWERS) {
      return new MentorAggregate(ratings.size(), null);
    }
    return new MentorAggregate(ratings.size(), ratings.stream().mapToInt(Integer::intValue).average().orElseThrow());
  }

  /** Whether the average may be shown. */
  public boolean shown() {
    return average != null;
  }

  /** The aggregate in words (English), e.g. "4.3 of 5 on average from 3 executives". */
  public String describe() {
    return shown()
        ? String.format(Locale.ENGLISH, "%.1f of 5 on average from %d executives", average, answers)
        : "not enough answers yet";
  }
}
