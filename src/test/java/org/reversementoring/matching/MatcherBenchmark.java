package org.reversementoring.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.reversementoring.support.CatalogueFixtures;

/**
 * Times {@link TandemMatcher} on generated N×N populations and compares its total score with a
 * greedy baseline. Not a test: {@code ./mvnw -Pbenchmark test}, optionally with
 * {@code -Dbenchmark.sizes=100,500} (see the README).
 */
class MatcherBenchmark {

  private static final int RUNS = 5;
  private static final MatchingRules RULES = MatchingRules.defaults();

  private static final List<String> DEPARTMENTS = List.of("IT", "Sales", "Finance", "Production",
      "HR", "Legal", "Marketing", "Logistics", "Purchasing", "Quality", "R&D", "Customer Service");
  private static final List<String> LOCATIONS =
      List.of("Munich", "Munich", "Munich", "Berlin", "Berlin", "Hamburg", "Stuttgart", "Cologne", "Leipzig");
  private static final List<String> TOPICS = CatalogueFixtures.TOPICS;
  private static final List<String> SLOTS = List.of("MON-AM", "MON-PM", "TUE-AM", "TUE-PM",
      "WED-AM", "WED-PM", "THU-AM", "THU-PM", "FRI-AM", "FRI-PM");

  public static void main(String[] args) {
    String sizes = args.length == 0 ? "100,500,1000,2000" : args[0];
    System.out.printf("%d cores, load average %.1f, max heap %d MB, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    System.out.printf("%-11s %6s %6s %6s | %7s %7s %8s %7s | %7s %7s | %s%n", "size", "mentor",
        "mentee", "slots", "tandems", "score", "ms (med)", "peak MB", "greedy", "score", "gain");
    for (String n : sizes.split(",")) {
      run(Integer.parseInt(n.trim()));
    }
  }

  private static void run(int n) {
    Random random = new Random(n);
    List<MentorCandidate> mentors = mentors(random, n);
    List<MenteeCandidate> mentees = mentees(random, n, mentors);
    TandemMatcher matcher = new TandemMatcher(CatalogueFixtures.NAMES);

    matcher.match(mentors, mentees, RULES, Set.of(), Set.of()); // warm-up
    MatchingResult result = null;
    long[] millis = new long[RUNS];
    long peak = 0;
    for (int i = 0; i < RUNS; i++) {
      result = null;
      System.gc();
      resetPeakHeap();
      long start = System.nanoTime();
      result = matcher.match(mentors, mentees, RULES, Set.of(), Set.of());
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      peak = Math.max(peak, peakHeap());
    }
    Arrays.sort(millis);
    int[] greedy = greedy(mentors, mentees);

    int slots = mentors.stream().mapToInt(MentorCandidate::capacity).sum();
    int gain = result.totalScore() - greedy[1];
    System.out.printf("%-11s %6d %6d %6d | %7d %7d %8d %7d | %7d %7d | %+d (%+.1f %%)%n",
        n + "x" + n, n, n, slots, result.proposals().size(), result.totalScore(), millis[RUNS / 2],
        peak >> 20, greedy[0], greedy[1], gain, 100.0 * gain / greedy[1]);
  }

  // ---- population ------------------------------------------------------------------------

  private static List<MentorCandidate> mentors(Random random, int n) {
    List<MentorCandidate> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int roll = random.nextInt(100);
      Candidates.MentorBuilder b = Candidates.mentor(i + 1)
          .department(pick(random, DEPARTMENTS))
          .born(2000 + random.nextInt(9))
          .topics(some(random, TOPICS, 2, 5))
          .language(random.nextInt(5) == 0 ? "en" : "de")
          .location(pick(random, LOCATIONS))
          .slots(some(random, SLOTS, 2, 5))
          .supervisor(supervisor(random, n))
          .capacity(roll < 75 ? 1 : roll < 93 ? 2 : 3);
      if (random.nextInt(20) == 0) {
        b.pairedBefore(100_000 + random.nextInt(n));
      }
      result.add(b.build());
    }
    return result;
  }

  private static List<MenteeCandidate> mentees(Random random, int n, List<MentorCandidate> mentors) {
    List<MenteeCandidate> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // a few are too young for any mentor (the youngest mentors are born 2008)
      int born = random.nextInt(40) == 0 ? 1994 + random.nextInt(4) : 1960 + random.nextInt(26);
      Candidates.MenteeBuilder b = Candidates.mentee(100_000 + i)
          .email("exec" + i + "@example.com")
          .department(pick(random, DEPARTMENTS))
          .born(born)
          .topics(some(random, TOPICS, 1, 4))
          .language(random.nextInt(5) == 0 ? "en" : "de")
          .location(pick(random, LOCATIONS))
          .slots(some(random, SLOTS, 1, 4));
      for (int k = random.nextInt(4); k > 0; k--) {
        b.chain(supervisor(random, n));
      }
      if (random.nextInt(20) == 0) {
        b.excludes(mentors.get(random.nextInt(mentors.size())).email());
      }
      result.add(b.build());
    }
    return result;
  }

  /** One trainer per eight apprentices; one supervisor in ten is an executive taking part. */
  private static String supervisor(Random random, int n) {
    return random.nextInt(10) == 0
        ? "exec" + random.nextInt(n) + "@example.com"
        : "trainer" + random.nextInt(Math.max(1, n / 8)) + "@example.com";
  }

  private static String pick(Random random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static String[] some(Random random, List<String> from, int min, int max) {
    List<String> copy = new ArrayList<>(from);
    Collections.shuffle(copy, random);
    return copy.subList(0, min + random.nextInt(max - min + 1)).toArray(String[]::new);
  }

  // ---- greedy baseline -------------------------------------------------------------------

  /** Feasible pairs by descending score (ties by mentor, then mentee order), within capacity. */
  private static int[] greedy(List<MentorCandidate> mentors, List<MenteeCandidate> mentees) {
    int[][] score = new int[mentors.size()][mentees.size()];
    for (int i = 0; i < mentors.size(); i++) {
      for (int j = 0; j < mentees.size(); j++) {
        MentorCandidate m = mentors.get(i);
        MenteeCandidate e = mentees.get(j);
        score[i][j] = TandemMatcher.violations(m, e, RULES, Set.of()).isEmpty()
            ? FitScorer.score(m, e, RULES)
            : -1;
      }
    }
    int[] free = mentors.stream().mapToInt(MentorCandidate::capacity).toArray();
    Set<Integer> taken = new HashSet<>();
    int tandems = 0;
    int total = 0;
    for (int s = 100; s >= 0; s--) {
      for (int i = 0; i < mentors.size(); i++) {
        for (int j = 0; j < mentees.size() && free[i] > 0; j++) {
          if (score[i][j] == s && taken.add(j)) {
            free[i]--;
            tandems++;
            total += s;
          }
        }
      }
    }
    return new int[] {tandems, total};
  }

  // ---- heap ------------------------------------------------------------------------------

  private static void resetPeakHeap() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks since the last reset: an upper bound of the peak heap. */
  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }
}
