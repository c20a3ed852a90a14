package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.matching.Candidates.mentee;
import static org.reversementoring.matching.Candidates.mentor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reversementoring.support.CatalogueFixtures;

class TandemMatcherTest {

  private final TandemMatcher matcher = new TandemMatcher();
  private final MatchingRules rules = MatchingRules.defaults();

  private MatchingResult match(List<MentorCandidate> mentors, List<MenteeCandidate> mentees) {
    return matcher.match(mentors, mentees, rules, Set.of(), Set.of());
  }

  // ---- hard rules ------------------------------------------------------------------------

  static Stream<Arguments> hardRuleCases() {
    return Stream.of(
        Arguments.of("same department", mentor(1).department("Sales"), mentee(10),
            HardRule.DIFFERENT_DEPARTMENT, "no mentor outside your department"),
        Arguments.of("same department, other spelling", mentor(1).department(" sales "), mentee(10),
            HardRule.DIFFERENT_DEPARTMENT, "no mentor outside your department"),
        Arguments.of("gap of 14 years", mentor(1).born(1984), mentee(10).born(1970),
            HardRule.GENERATION_GAP, "no mentor outside your department with a 15-year gap"),
        Arguments.of("mentor older than mentee", mentor(1).born(1950), mentee(10).born(1970),
            HardRule.GENERATION_GAP, "no mentor outside your department with a 15-year gap"),
        Arguments.of("mentee is the supervisor", mentor(1).supervisor("Exec10@Example.com"), mentee(10),
            HardRule.NO_REPORTING_LINE,
            "no mentor outside your department with a 15-year gap who is outside your reporting line"),
        Arguments.of("supervisor in the mentee's chain", mentor(1).supervisor("lead@example.com"),
            mentee(10).chain("LEAD@example.com", "ceo@example.com"),
            HardRule.NO_REPORTING_LINE,
            "no mentor outside your department with a 15-year gap who is outside your reporting line"),
        Arguments.of("paired before", mentor(1).pairedBefore(10), mentee(10),
            HardRule.NOT_PAIRED_BEFORE,
            "no mentor outside your department with a 15-year gap you have not been paired with before"),
        Arguments.of("on the exclusion list", mentor(1), mentee(10).excludes(" Mentor1@example.com"),
            HardRule.NOT_EXCLUDED,
            "no mentor outside your department with a 15-year gap who is not on your exclusion list"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hardRuleCases")
  void eachHardRuleExcludesThePair(
      String name, Candidates.MentorBuilder mentorBuilder, Candidates.MenteeBuilder menteeBuilder,
      HardRule rule, String reason) {
    MentorCandidate mentor = mentorBuilder.build();
    MenteeCandidate mentee = menteeBuilder.build();

    assertThat(TandemMatcher.violations(mentor, mentee, rules, Set.of())).containsExactly(rule);
    MatchingResult result = match(List.of(mentor), List.of(mentee));
    assertThat(result.proposals()).isEmpty();
    assertThat(Words.unmatchedMentees(result)).containsExactly("10: " + reason);
    assertThat(Words.unmatchedMentors(result)).containsExactly(
        "1, 1: no waiting mentee meets the hard rules with this mentor");
  }

  @Test
  void vetoExcludesThePair() {
    MentorCandidate m = mentor(1).build();
    MenteeCandidate e = mentee(10).build();
    Set<Pair> veto = Set.of(Pair.of(1, 10));
    assertThat(TandemMatcher.violations(m, e, rules, veto)).containsExactly(HardRule.NOT_VETOED);
    MatchingResult result = matcher.match(List.of(m), List.of(e), rules, Set.of(), veto);
    assertThat(result.proposals()).isEmpty();
    assertThat(Words.EN.reason(result.unmatchedMentees().get(0).reason()))
        .isEqualTo("no mentor outside your department with a 15-year gap whose pairing with you was not vetoed");
  }

  @Test
  void compatibleDefaultsAndExactGapPass() {
    MentorCandidate m = mentor(1).born(1985).build();
    MenteeCandidate e = mentee(10).born(1970).build();
    assertThat(TandemMatcher.violations(m, e, rules, Set.of())).isEmpty();
    assertThat(TandemMatcher.violations(m, e, rules.withMinimumGenerationGap(16), Set.of()))
        .containsExactly(HardRule.GENERATION_GAP);
    assertThat(match(List.of(m), List.of(e)).proposals()).extracting(Proposal::pair)
        .containsExactly(Pair.of(1, 10));
  }

  // ---- optimality ----------------------------------------------------------------------

  /** A-X 100, A-Y 70, B-X 80, B-Y 0: greedy takes A-X first and ends at 100, the optimum is 150. */
  private static List<MentorCandidate> greedyTrapMentors() {
    return List.of(
        mentor(1).topics("ai-tools", "social-media").language("de").location("Munich").slots("TUE-AM").build(),
        mentor(2).topics("ai-tools").language("en").location("Munich").slots("TUE-AM").build());
  }

  private static List<MenteeCandidate> greedyTrapMentees() {
    return List.of(
        mentee(10).topics("ai-tools").language("de").location("Munich").slots("TUE-AM").build(),
        mentee(20).topics("social-media").language("de").location("Hamburg").slots("FRI-PM").build());
  }

  @Test
  void findsTheOptimumWhereGreedyFails() {
    List<MentorCandidate> mentors = greedyTrapMentors();
    List<MenteeCandidate> mentees = greedyTrapMentees();

    assertThat(greedyTotal(mentors, mentees)).isEqualTo(100);
    MatchingResult result = match(mentors, mentees);

    assertThat(result.proposals()).extracting(Proposal::pair)
        .containsExactly(Pair.of(1, 20), Pair.of(2, 10));
    assertThat(result.proposals()).extracting(Proposal::score).containsExactly(70, 80);
    assertThat(result.totalScore()).isEqualTo(150);
    assertThat(result.unmatchedMentees()).isEmpty();
    assertThat(result.unmatchedMentors()).isEmpty();
  }

  @Test
  void vetoIsHonouredAndTheRestRecomputed() {
    MatchingResult result = matcher.match(greedyTrapMentors(), greedyTrapMentees(), rules,
        Set.of(), Set.of(Pair.of(1, 20)));
    assertThat(result.proposals()).extracting(Proposal::pair)
        .containsExactly(Pair.of(1, 10), Pair.of(2, 20));
    assertThat(result.totalScore()).isEqualTo(100);
  }

  @Test
  void fixedPairIsHonouredAndTheRestRecomputedAroundIt() {
    MatchingResult result = matcher.match(greedyTrapMentors(), greedyTrapMentees(), rules,
        Set.of(Pair.of(1, 10)), Set.of());
    assertThat(result.proposals()).extracting(Proposal::pair, Proposal::fixed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Pair.of(1, 10), true),
            org.assertj.core.groups.Tuple.tuple(Pair.of(2, 20), false));
    assertThat(Words.english(result.proposals().get(0).reasons())).last().isEqualTo("fixed by the coordinator");
    assertThat(result.rejectedFixedPairs()).isEmpty();
  }

  @Test
  void fixedPairBreakingAHardRuleIsReportedNotForced() {
    List<MentorCandidate> mentors = List.of(mentor(1).department("Sales").build(), mentor(2).build());
    MatchingResult result = matcher.match(mentors, List.of(mentee(10).build()), rules,
        Set.of(Pair.of(1, 10), Pair.of(7, 10)), Set.of());
    assertThat(result.rejectedFixedPairs()).extracting(r -> r.pair() + ": " + Words.EN.reason(r.reason()))
        .containsExactly(Pair.of(1, 10) + ": breaks the hard rules: same department",
            Pair.of(7, 10) + ": mentor 7 is not in this matching");
    assertThat(Words.DE.reason(result.rejectedFixedPairs().get(0).reason()))
        .isEqualTo("verletzt feste Regeln: gleiche Abteilung");
    assertThat(result.proposals()).extracting(Proposal::pair, Proposal::fixed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Pair.of(2, 10), false));
  }

  @Test
  void capacityTwoGivesOneMentorTwoMentees() {
    MatchingResult result = match(
        List.of(mentor(1).capacity(2).build()),
        List.of(mentee(10).build(), mentee(11).build(), mentee(12).build()));
    assertThat(result.proposals()).extracting(Proposal::pair)
        .containsExactly(Pair.of(1, 10), Pair.of(1, 11));
    assertThat(Words.unmatchedMentees(result)).containsExactly(
        "12: the one suitable mentor was matched with other mentees for the best overall fit");
    assertThat(result.unmatchedMentors()).isEmpty();
  }

  @Test
  void capacityOutsideOneToThreeIsRefused() {
    assertThatThrownBy(() -> mentor(1).capacity(4).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
    assertThatThrownBy(() -> mentor(1).capacity(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prefersMoreTandemsOverOneHighScore() {
    // A fits X (100) and Y; B fits only X. Two tandems beat the single best one.
    List<MentorCandidate> mentors = List.of(
        mentor(1).build(),
        mentor(2).topics("cyber-security").language("en").location("Berlin").slots("MON-PM").build());
    List<MenteeCandidate> mentees = List.of(
        mentee(10).build(),
        mentee(20).topics("online-payments").language("en").location("Berlin").slots("WED-AM")
            .excludes("mentor2@example.com").build());
    MatchingResult result = match(mentors, mentees);
    assertThat(result.proposals()).extracting(Proposal::pair)
        .containsExactly(Pair.of(1, 20), Pair.of(2, 10));
  }

  // ---- unmatched and edge cases ---------------------------------------------------------

  @Test
  void unmatchedMenteesAreToldWhy() {
    List<MentorCandidate> mentors = List.of(
        mentor(1).department("IT").born(2000).build(),
        mentor(2).department("Finance").born(1995).build());
    List<MenteeCandidate> mentees = List.of(
        mentee(10).department("Finance").born(1988).build(),   // IT mentor only 12 years younger
        mentee(11).department("Sales").born(1970).build());
    MatchingResult result = match(mentors, mentees);
    assertThat(Words.unmatchedMentees(result)).containsExactly(
        "10: no mentor outside your department with a 15-year gap");
    assertThat(result.proposals()).hasSize(1);
    assertThat(result.unmatchedMentors()).hasSize(1);
  }

  @Test
  void allInfeasibleGivesNoProposalsAndReportsEveryone() {
    List<MentorCandidate> mentors = List.of(
        mentor(1).department("Sales").build(), mentor(2).department("Sales").capacity(3).build());
    List<MenteeCandidate> mentees = List.of(mentee(10).build(), mentee(11).build(), mentee(12).build());
    MatchingResult result = match(mentors, mentees);
    assertThat(result.proposals()).isEmpty();
    assertThat(result.totalScore()).isZero();
    assertThat(result.unmatchedMentees()).extracting(UnmatchedMentee::menteeId).containsExactly(10L, 11L, 12L);
    assertThat(result.unmatchedMentees()).allSatisfy(u ->
        assertThat(Words.EN.reason(u.reason())).isEqualTo("no mentor outside your department"));
    assertThat(Words.unmatchedMentors(result)).containsExactly(
        "1, 1: no waiting mentee meets the hard rules with this mentor",
        "2, 3: no waiting mentee meets the hard rules with this mentor");
  }

  @Test
  void emptyAndOneSidedPools() {
    assertThat(match(List.of(), List.of())).isEqualTo(
        new MatchingResult(List.of(), List.of(), List.of(), List.of()));
    MatchingResult noMentors = match(List.of(), List.of(mentee(10).build()));
    assertThat(Words.unmatchedMentees(noMentors)).containsExactly(
        "10: no qualified mentors are available in this matching");
    MatchingResult noMentees = match(List.of(mentor(1).capacity(2).build()), List.of());
    assertThat(Words.unmatchedMentors(noMentees)).containsExactly("1, 2: no mentees are waiting");
  }

  @Test
  void duplicateIdsAreRefused() {
    assertThatThrownBy(() -> match(List.of(mentor(1).build(), mentor(1).build()), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate mentor id 1");
  }

  // ---- reasons ------------------------------------------------------------------------

  @Test
  void reasonsAreStoredWithoutWordsAndReadInEnglishOrGerman() {
    MentorCandidate m = mentor(1).born(2004)
        .topics("ai-tools", "social-media", "cyber-security").slots("TUE-AM", "THU-PM", "MON-AM").build();
    MenteeCandidate e = mentee(10).born(1970)
        .topics("ai-tools", "social-media", "cyber-security", "online-payments")
        .slots("THU-PM", "TUE-AM", "FRI-AM").build();
    Proposal p = match(List.of(m), List.of(e)).proposals().get(0);
    assertThat(p.reasons()).first().isEqualTo(new Reason("SHARES_FIRST_CHOICE", List.of("3", "4", "ai-tools")));
    assertThat(Words.english(p.reasons())).containsExactly(
        "shares 3 of 4 topics (AI tools first)",
        "both speak German",
        "both in Munich",
        "Tuesday mornings and Thursday afternoons overlap",
        "34 years apart");
    assertThat(Words.DE.reasons(p.reasons())).isEqualTo("teilt 3 von 4 Themen (KI-Werkzeuge als ersten Wunsch); "
        + "beide sprechen Deutsch; beide in Munich; gemeinsame Zeiten: Dienstagvormittag und Donnerstagnachmittag; "
        + "34 Jahre Altersabstand");
    // topics 9/10 of priority weight * 50 + 20 + 15 + 2/3 * 15
    assertThat(p.score()).isEqualTo(90);
  }

  @Test
  void reasonsNameMismatchesToo() {
    MentorCandidate m = mentor(1).topics("social-media").language("en").location("Berlin").slots("MON-PM").build();
    MenteeCandidate e = mentee(10).topics("ai-tools", "social-media").build();
    Proposal p = match(List.of(m), List.of(e)).proposals().get(0);
    assertThat(Words.english(p.reasons())).containsExactly(
        "shares 1 of 2 topics (not the first choice, AI tools)",
        "different languages (English / German)",
        "different locations (Berlin / Munich)",
        "no common weekly slot",
        "34 years apart");
    assertThat(p.score()).isEqualTo(17); // 1/3 of the topic weight
  }

  // ---- determinism, brute force and scale -----------------------------------------------

  @Test
  void sameResultWhateverTheInputOrder() {
    Random random = new Random(7);
    List<MentorCandidate> mentors = randomMentors(random, 15);
    List<MenteeCandidate> mentees = randomMentees(random, 20);
    MatchingResult expected = match(mentors, mentees);
    for (int i = 0; i < 5; i++) {
      List<MentorCandidate> m = new ArrayList<>(mentors);
      List<MenteeCandidate> e = new ArrayList<>(mentees);
      Collections.shuffle(m, random);
      Collections.shuffle(e, random);
      assertThat(match(m, e)).isEqualTo(expected);
    }
  }

  @Test
  void optimalAgainstBruteForceOnSmallRandomCases() {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      List<MentorCandidate> mentors = randomMentors(random, 1 + random.nextInt(4));
      List<MenteeCandidate> mentees = randomMentees(random, 1 + random.nextInt(6));
      MatchingResult result = match(mentors, mentees);
      int[] best = bruteForce(mentors, mentees);
      assertThat(new int[] {result.proposals().size(), result.totalScore()})
          .as("round %d", round).containsExactly(best);
      assertRespectsRules(result, mentors, mentees);
    }
  }

  @Test
  void midSizeRandomCaseKeepsEveryHardRule() {
    Random random = new Random(2026);
    List<MentorCandidate> mentors = randomMentors(random, 60);
    List<MenteeCandidate> mentees = randomMentees(random, 60);
    MatchingResult result = match(mentors, mentees);
    assertThat(result.proposals()).isNotEmpty();
    assertRespectsRules(result, mentors, mentees);
    assertThat(result.proposals().size() + result.unmatchedMentees().size()).isEqualTo(60);
    assertThat(result.proposals())
        .isSortedAccordingTo(Comparator.comparingLong(Proposal::mentorId).thenComparingLong(Proposal::menteeId));
  }

  private void assertRespectsRules(
      MatchingResult result, List<MentorCandidate> mentors, List<MenteeCandidate> mentees) {
    Map<Long, MentorCandidate> mentorById = new HashMap<>();
    mentors.forEach(m -> mentorById.put(m.id(), m));
    Map<Long, MenteeCandidate> menteeById = new HashMap<>();
    mentees.forEach(e -> menteeById.put(e.id(), e));
    Set<Long> seenMentees = new HashSet<>();
    Map<Long, Integer> load = new HashMap<>();
    for (Proposal p : result.proposals()) {
      MentorCandidate m = mentorById.get(p.mentorId());
      MenteeCandidate e = menteeById.get(p.menteeId());
      assertThat(TandemMatcher.violations(m, e, rules, Set.of())).as("%s", p).isEmpty();
      assertThat(seenMentees.add(e.id())).as("mentee %d once", e.id()).isTrue();
      assertThat(load.merge(m.id(), 1, Integer::sum)).isLessThanOrEqualTo(m.capacity());
      assertThat(p.score()).isBetween(0, 100);
      assertThat(p.reasons()).isNotEmpty();
    }
  }

  private static final List<String> TOPICS = List.of("mobile-devices", "social-media", "connected-car",
      "ai-tools", "cyber-security", "collaboration-tools", "online-payments");
  private static final List<String> SLOTS = List.of("MON-AM", "MON-PM", "TUE-AM", "TUE-PM",
      "WED-AM", "WED-PM", "THU-AM", "THU-PM", "FRI-AM", "FRI-PM");
  private static final List<String> DEPARTMENTS = List.of("IT", "Sales", "Finance", "Production");
  private static final List<String> LOCATIONS = List.of("Munich", "Berlin", "Hamburg");

  private static <T> List<T> some(Random random, List<T> from, int max) {
    List<T> copy = new ArrayList<>(from);
    Collections.shuffle(copy, random);
    return copy.subList(0, 1 + random.nextInt(max));
  }

  private static List<MentorCandidate> randomMentors(Random random, int count) {
    List<MentorCandidate> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Candidates.MentorBuilder b = mentor(i + 1)
          .department(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())))
          .born(1998 + random.nextInt(10))
          .topics(some(random, TOPICS, 4).toArray(String[]::new))
          .language(random.nextBoolean() ? "de" : "en")
          .location(LOCATIONS.get(random.nextInt(LOCATIONS.size())))
          .slots(some(random, SLOTS, 4).toArray(String[]::new))
          .supervisor("lead" + random.nextInt(8) + "@example.com")
          .capacity(1 + random.nextInt(3));
      if (random.nextInt(5) == 0) {
        b.pairedBefore(1000 + random.nextInt(count));
      }
      result.add(b.build());
    }
    return result;
  }

  private static List<MenteeCandidate> randomMentees(Random random, int count) {
    List<MenteeCandidate> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Candidates.MenteeBuilder b = mentee(1000 + i)
          .department(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())))
          .born(1960 + random.nextInt(30))
          .topics(some(random, TOPICS, 4).toArray(String[]::new))
          .language(random.nextBoolean() ? "de" : "en")
          .location(LOCATIONS.get(random.nextInt(LOCATIONS.size())))
          .slots(some(random, SLOTS, 4).toArray(String[]::new));
      if (random.nextInt(4) == 0) {
        b.chain("lead" + random.nextInt(8) + "@example.com");
      }
      if (random.nextInt(4) == 0) {
        b.excludes("mentor" + (1 + random.nextInt(Math.max(1, count))) + "@example.com");
      }
      result.add(b.build());
    }
    return result;
  }

  /** Exhaustive search: the best (number of tandems, total score), compared lexicographically. */
  private int[] bruteForce(List<MentorCandidate> mentors, List<MenteeCandidate> mentees) {
    int[] free = mentors.stream().mapToInt(MentorCandidate::capacity).toArray();
    int[] best = {0, 0};
    search(mentors, mentees, 0, free, 0, 0, best);
    return best;
  }

  private void search(List<MentorCandidate> mentors, List<MenteeCandidate> mentees, int j, int[] free,
      int count, int score, int[] best) {
    if (j == mentees.size()) {
      if (count > best[0] || (count == best[0] && score > best[1])) {
        best[0] = count;
        best[1] = score;
      }
      return;
    }
    search(mentors, mentees, j + 1, free, count, score, best);
    for (int i = 0; i < mentors.size(); i++) {
      MentorCandidate m = mentors.get(i);
      MenteeCandidate e = mentees.get(j);
      if (free[i] > 0 && TandemMatcher.violations(m, e, rules, Set.of()).isEmpty()) {
        free[i]--;
        search(mentors, mentees, j + 1, free, count + 1, score + FitScorer.score(m, e, rules), best);
        free[i]++;
      }
    }
  }

  /** Highest-score-first greedy, as a naive implementation would do it. */
  private int greedyTotal(List<MentorCandidate> mentors, List<MenteeCandidate> mentees) {
    record Scored(MentorCandidate m, MenteeCandidate e, int score) {}
    List<Scored> all = new ArrayList<>();
    for (MentorCandidate m : mentors) {
      for (MenteeCandidate e : mentees) {
        if (TandemMatcher.violations(m, e, rules, Set.of()).isEmpty()) {
          all.add(new Scored(m, e, FitScorer.score(m, e, rules)));
        }
      }
    }
    all.sort(Comparator.comparingInt(Scored::score).reversed());
    Map<Long, Integer> load = new HashMap<>();
    Set<Long> taken = new HashSet<>();
    int total = 0;
    for (Scored s : all) {
      if (!taken.contains(s.e().id()) && load.getOrDefault(s.m().id(), 0) < s.m().capacity()) {
        taken.add(s.e().id());
        load.merge(s.m().id(), 1, Integer::sum);
        total += s.score();
      }
    }
    return total;
  }
}
