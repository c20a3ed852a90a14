package org.reversementoring.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;

/**
 * The soft score of a pair and its reasons in words.
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
  private static final Map<String, String> DAY_NAMES = Map.of(
      "MON", "Monday", "TUE", "Tuesday", "WED", "Wednesday", "THU", "Thursday",
      "FRI", "Friday", "SAT", "Saturday", "SUN", "Sunday");
  private static final List<String> PERIODS = List.of("AM", "PM", "EVE");
  private static final Map<String, String> PERIOD_NAMES =
      Map.of("AM", "mornings", "PM", "afternoons", "EVE", "evenings");

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

  /** The reasons for a pair's score, in words. */
  static List<String> reasons(MentorCandidate mentor, MenteeCandidate mentee, TopicNames topics) {
    List<String> reasons = new ArrayList<>();

    List<String> wanted = mentee.topics();
    int k = wanted.size();
    List<String> shared = wanted.stream().filter(mentor.topics()::contains).toList();
    if (k == 0) {
      reasons.add("no topics wanted");
    } else if (shared.isEmpty()) {
      reasons.add("shares none of " + k + " wanted topics");
    } else {
      String of = "shares " + shared.size() + " of " + k + (k == 1 ? " topic" : " topics");
      if (shared.get(0).equals(wanted.get(0))) {
        reasons.add(of + " (" + topics.name(shared.get(0), Language.EN) + " first)");
      } else {
        reasons.add(of + " (not the first choice, " + topics.name(wanted.get(0), Language.EN) + ")");
      }
    }

    if (!mentor.language().isEmpty() && !mentee.language().isEmpty()) {
      if (bothGivenAndEqual(mentor.language(), mentee.language())) {
        reasons.add("both speak " + languageName(mentee.language()));
      } else {
        reasons.add("different languages (" + languageName(mentor.language()) + " / "
            + languageName(mentee.language()) + ")");
      }
    }

    if (!mentor.location().isEmpty() && !mentee.location().isEmpty()) {
      if (bothGivenAndEqual(mentor.location(), mentee.location())) {
        reasons.add("both in " + mentee.location());
      } else {
        reasons.add("different locations (" + mentor.location() + " / " + mentee.location() + ")");
      }
    }

    List<String> common = new ArrayList<>(mentor.availability());
    common.retainAll(mentee.availability());
    common.sort(SLOT_ORDER);
    reasons.add(common.isEmpty() ? "no common weekly slot" : slotPhrase(common));

    reasons.add(mentor.birthYear() - mentee.birthYear() + " years apart");
    return reasons;
  }

  private static boolean bothGivenAndEqual(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && Text.key(a).equals(Text.key(b));
  }

  static String languageName(String code) {
    return switch (Text.key(code)) {
      case "de" -> "German";
      case "en" -> "English";
      default -> code;
    };
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

  static String slotName(String slot) {
    String day = DAY_NAMES.get(day(slot));
    String period = slot.indexOf('-') < 0 ? null : PERIOD_NAMES.get(period(slot));
    return day == null || period == null ? slot : day + " " + period;
  }

  private static String slotPhrase(List<String> slots) {
    List<String> names = slots.stream().map(FitScorer::slotName).toList();
    String joined = names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return joined + " overlap";
  }
}
