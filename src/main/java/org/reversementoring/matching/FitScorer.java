package org.reversementoring.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The soft score of a pair and its reasons ({@link Reason}, put in words by {@link MatchingWords}).
 *
 * <ul>
 *   <li>topic fit: the mentee's k wanted topics weigh k, k-1, ..., 1 (first choice heaviest);
 *       the fit is the weight of the topics the mentor covers divided by the total weight;
 *   <li>language and location: 1 when equal (case-insensitive), else 0;
 *   <li>availability: shared weekly slots divided by the smaller of the two slot sets.
 * </ul>
 *
 * The score is {@code 100 * sum(weight * fit) / sum(weights)}, rounded to a whole number.
 */
final class FitScorer {

  private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
  private static final List<String> PERIODS = List.of("AM", "PM", "EVE");

  private FitScorer() {}

  /** The score of the mentor and the mentee at these indices: called for every pair. */
  static int score(CandidateCodes codes, int mentor, int mentee) {
    int k = codes.wantedTopics(mentee);
    double topicFit = k == 0 ? 0 : codes.sharedTopicWeight(mentor, mentee) / (k * (k + 1) / 2.0);
    double languageFit = codes.sameLanguage(mentor, mentee) ? 1 : 0;
    double locationFit = codes.sameLocation(mentor, mentee) ? 1 : 0;
    int fewerSlots = codes.fewerSlots(mentor, mentee);
    double availabilityFit = fewerSlots == 0 ? 0 : (double) codes.commonSlots(mentor, mentee) / fewerSlots;

    MatchingRules rules = codes.rules();
    double weighted = rules.topicWeight() * topicFit
        + rules.languageWeight() * languageFit
        + rules.locationWeight() * locationFit
        + rules.availabilityWeight() * availabilityFit;
    int score = (int) Math.round(100 * weighted / rules.totalWeight());
    return Math.max(0, Math.min(100, score));
  }

  /** The score of one pair. */
  static int score(MentorCandidate mentor, MenteeCandidate mentee, MatchingRules rules) {
    return score(CandidateCodes.of(List.of(mentor), List.of(mentee), rules, Set.of()), 0, 0);
  }

  /** The reasons for a pair's score: built only for the chosen pairs. */
  static List<Reason> reasons(MentorCandidate mentor, MenteeCandidate mentee) {
    List<Reason> reasons = new ArrayList<>();

    List<String> wanted = mentee.topics();
    int k = wanted.size();
    List<String> shared = wanted.stream().filter(mentor.topics()::contains).toList();
    if (k == 0) {
      reasons.add(Reason.of(Why.NO_TOPICS_WANTED));
    } else if (shared.isEmpty()) {
      reasons.add(Reason.of(Why.SHARES_NO_TOPIC, k));
    } else if (shared.get(0).equals(wanted.get(0))) {
      reasons.add(Reason.of(Why.SHARES_FIRST_CHOICE, shared.size(), k, shared.get(0)));
    } else {
      reasons.add(Reason.of(Why.SHARES_NOT_FIRST_CHOICE, shared.size(), k, wanted.get(0)));
    }

    if (!mentor.language().isEmpty() && !mentee.language().isEmpty()) {
      reasons.add(bothGivenAndEqual(mentor.language(), mentee.language())
          ? Reason.of(Why.SAME_LANGUAGE, mentee.language())
          : Reason.of(Why.DIFFERENT_LANGUAGES, mentor.language(), mentee.language()));
    }

    if (!mentor.location().isEmpty() && !mentee.location().isEmpty()) {
      reasons.add(bothGivenAndEqual(mentor.location(), mentee.location())
          ? Reason.of(Why.SAME_LOCATION, mentee.location())
          : Reason.of(Why.DIFFERENT_LOCATIONS, mentor.location(), mentee.location()));
    }

    List<String> common = new ArrayList<>(mentor.availability());
    common.retainAll(mentee.availability());
    common.sort(SLOT_ORDER);
    reasons.add(common.isEmpty() ? Reason.of(Why.NO_COMMON_SLOT) : Reason.of(Why.COMMON_SLOTS, String.join(",", common)));

    reasons.add(Reason.of(Why.YEARS_APART, mentor.birthYear() - mentee.birthYear()));
    return reasons;
  }

  private static boolean bothGivenAndEqual(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && Text.key(a).equals(Text.key(b));
  }

  private static final Comparator<String> SLOT_ORDER =
      Comparator.<String>comparingInt(s -> rank(DAYS, day(s)))
          .thenComparingInt(s -> s.indexOf('-') < 0 ? 0 : rank(PERIODS, period(s)))
          .thenComparing(Comparator.naturalOrder());

  private static String day(String slot) {
    int dash = slot.indexOf('-');
    return dash < 0 ? slot : slot.substring(0, dash);
  }

  private static String period(String slot) {
    return slot.substring(slot.indexOf('-') + 1);
  }

  private static int rank(List<String> order, String value) {
    int i = order.indexOf(value);
    return i < 0 ? order.size() : i;
  }
}
