package org.reversementoring.matching;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.reversementoring.support.CatalogueFixtures;

/**
 * Times {@link TandemMatcher} on generated N×N populations, apart for checking and scoring every
 * pair, the assignment solver and the rest, and compares its total score with a greedy baseline.
 * Not a test: {@code ./mvnw -Pbenchmark test}, optionally with {@code -Dbenchmark.sizes=100,500}
 * and {@code -Dbenchmark.dump=costs.txt} (see the README).
 */
class MatcherBenchmark {

  private static final int RUNS = 5;
  private static final MatchingRules RULES = MatchingRules.defaults();
  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final List<String> DEPARTMENTS = List.of("IT", "Sales", "Finance", "Production",
      "HR", "Legal", "Marketing", "Logistics", "Purchasing", "Quality", "R&D", "Customer Service");
  private static final List<String> LOCATIONS =
      List.of("Munich", "Munich", "Munich", "Berlin", "Berlin", "Hamburg", "Stuttgart", "Cologne", "Leipzig");
  private static final List<String> TOPICS = CatalogueFixtures.TOPICS;
  private static final List<String> SLOTS = List.of("MON-AM", "MON-PM", "TUE-AM", "TUE-PM",
      "WED-AM", "WED-PM", "THU-AM", "THU-PM", "FRI-AM", "FRI-PM");

  public static void main(String[] args) throws IOException {
    String[] sizes = (args.length == 0 ? "100,500,1000,2000,5000" : args[0]).split(",");
    String dump = System.getProperty("benchmark.dump", "").strip();
    System.out.printf("%d cores, load average %.1f, max heap %d MB, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        CPU.getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    System.out.printf("%-11s %6s %6s %6s | %7s %7s | %8s %8s %8s %8s %7s %7s | %7s %7s | %-15s | %s%n",
        "size", "mentor", "mentee", "slots", "tandems", "score", "total ms", "score ms", "solve ms",
        "rest ms", "cpu ms", "peak MB", "greedy", "score", "gain", "load");
    for (String size : sizes) {
      int n = Integer.parseInt(size.strip());
      run(n, dump.isEmpty() ? null : dumpFile(dump, n, sizes.length));
    }
  }

  /**
   * One run's times in milliseconds: end to end, checking and scoring, the solver, and the CPU
   * time of all the process's threads (on a busy machine it grows less than the others).
   */
  private record Times(double total, double scoring, double solver, double cpu) {
    double rest() {
      return total - scoring - solver;
    }
  }

  /** Keeps what the matcher reports about the last run. */
  private static final class Recorder implements MatchingObserver {
    CostMatrix costs;
    long scoringNanos;
    long solverNanos;

    @Override
    public void assigned(CostMatrix costs, long scoringNanos, long solverNanos) {
      this.costs = costs;
      this.scoringNanos = scoringNanos;
      this.solverNanos = solverNanos;
    }
  }

  private static void run(int n, Path dump) throws IOException {
    Random random = new Random(n);
    List<MentorCandidate> mentors = mentors(random, n);
    List<MenteeCandidate> mentees = mentees(random, n, mentors);
    Recorder recorder = new Recorder();
    TandemMatcher matcher = new TandemMatcher(recorder);

    matcher.match(mentors, mentees, RULES, Set.of(), Set.of()); // warm-up
    MatchingResult result = null;
    Times[] times = new Times[RUNS];
    long peak = 0;
    for (int i = 0; i < RUNS; i++) {
      result = null;
      recorder.costs = null;
      System.gc();
      resetPeakHeap();
      long cpu = CPU.getProcessCpuTime();
      long start = System.nanoTime();
      result = matcher.match(mentors, mentees, RULES, Set.of(), Set.of());
      times[i] = new Times(millis(System.nanoTime() - start), millis(recorder.scoringNanos),
          millis(recorder.solverNanos), millis(CPU.getProcessCpuTime() - cpu));
      peak = Math.max(peak, peakHeap());
    }
    if (dump != null) {
      write(recorder.costs, dump);
    }
    int[] greedy = greedy(recorder.costs);

    int slots = mentors.stream().mapToInt(MentorCandidate::capacity).sum();
    int gain = result.totalScore() - greedy[1];
    System.out.printf("%-11s %6d %6d %6d | %7d %7d | %8.0f %8.0f %8.0f %8.0f %7.0f %7d | %7d %7d | %-15s | %.1f%n",
        n + "x" + n, n, n, slots, result.proposals().size(), result.totalScore(),
        median(times, Times::total), median(times, Times::scoring), median(times, Times::solver),
        median(times, Times::rest), median(times, Times::cpu), peak >> 20, greedy[0], greedy[1],
        String.format("%+d (%+.1f %%)", gain, 100.0 * gain / greedy[1]), CPU.getSystemLoadAverage());
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static double median(Times[] times, ToDoubleFunction<Times> part) {
    return Arrays.stream(times).mapToDouble(part).sorted().toArray()[times.length / 2];
  }

  // ---- cost matrix dump ------------------------------------------------------------------

  /** The file itself for one size; for several, the size goes before the extension. */
  private static Path dumpFile(String name, int n, int sizes) {
    if (sizes == 1) {
      return Path.of(name);
    }
    int dot = name.lastIndexOf('.');
    String tail = "-" + n + "x" + n;
    return Path.of(dot <= name.lastIndexOf('/') ? name + tail : name.substring(0, dot) + tail + name.substring(dot));
  }

  /** First line rows and columns, then one line per row (mentee) of its costs, space-separated. */
  private static void write(CostMatrix costs, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(costs.rows() + " " + costs.columns() + "\n");
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < costs.rows(); i++) {
        line.setLength(0);
        for (int j = 0; j < costs.columns(); j++) {
          line.append(j == 0 ? "" : " ").append(costs.get(i, j));
        }
        out.write(line.append('\n').toString());
      }
    }
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

  /**
   * On the solved cost matrix (cost = 100 - score, higher ones break a hard rule): pairs by
   * ascending cost, ties by slot (so by mentor) and then by mentee, each slot and mentee once.
   */
  private static int[] greedy(CostMatrix costs) {
    int rows = costs.rows();
    int columns = costs.columns();
    int[] count = new int[102];
    for (int mentee = 0; mentee < rows; mentee++) {
      for (int slot = 0; slot < columns; slot++) {
        count[Math.min(costs.get(mentee, slot), 101)]++;
      }
    }
    int[] offset = new int[102];
    for (int c = 1; c < 102; c++) {
      offset[c] = offset[c - 1] + count[c - 1];
    }
    int[] byCost = new int[offset[101]]; // slot * rows + mentee, feasible pairs only
    for (int slot = 0; slot < columns; slot++) {
      for (int mentee = 0; mentee < rows; mentee++) {
        int cost = costs.get(mentee, slot);
        if (cost <= 100) {
          byCost[offset[cost]++] = slot * rows + mentee;
        }
      }
    }
    boolean[] slotTaken = new boolean[columns];
    boolean[] menteeTaken = new boolean[rows];
    int tandems = 0;
    int total = 0;
    for (int pair : byCost) {
      int slot = pair / rows;
      int mentee = pair % rows;
      if (!slotTaken[slot] && !menteeTaken[mentee]) {
        slotTaken[slot] = true;
        menteeTaken[mentee] = true;
        tandems++;
        total += 100 - costs.get(mentee, slot);
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
