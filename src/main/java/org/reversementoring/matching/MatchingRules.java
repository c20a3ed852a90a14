package org.reversementoring.matching;

/**
 * The configurable part of the matching: the hard generation gap and the soft-score weights.
 * Weights need not sum to one; the score is normalised to 0..100.
 *
 * @param minimumGenerationGap the mentor must be born at least this many years after the mentee
 * @param topicWeight weight of the topic fit (weighted by the mentee's priorities)
 * @param languageWeight weight of sharing the same language
 * @param locationWeight weight of being at the same location
 * @param availabilityWeight weight of overlapping weekly availability
 */
public record MatchingRules(
    int minimumGenerationGap,
    double topicWeight,
    double languageWeight,
    double locationWeight,
    double availabilityWeight) {

  public static final int DEFAULT_GENERATION_GAP = 15;

  public MatchingRules {
    if (minimumGenerationGap < 0) {
      throw new IllegalArgumentException("minimumGenerationGap must not be negative");
    }
    double[] weights = {topicWeight, languageWeight, locationWeight, availabilityWeight};
    double sum = 0;
    for (double w : weights) {
      if (w < 0 || Double.isNaN(w) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("matching weights must be finite and not negative");
      }
      sum += w;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("at least one matching weight must be positive");
    }
  }

  /** Gap 15 years; weights topic 0.5, language 0.2, location 0.15, availability 0.15. */
  public static MatchingRules defaults() {
    return new MatchingRules(DEFAULT_GENERATION_GAP, 0.5, 0.2, 0.15, 0.15);
  }

  public MatchingRules withMinimumGenerationGap(int years) {
    return new MatchingRules(years, topicWeight, languageWeight, locationWeight, availabilityWeight);
  }

  double totalWeight() {
    return topicWeight + languageWeight + locationWeight + availabilityWeight;
  }
}
