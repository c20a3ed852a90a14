package org.reversementoring.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Splits a JFR recording of the lifecycle benchmark by cohort ({@link CohortEvent}): the main
 * thread's samples (in Java and in native code, e.g. waiting for the database) per cohort of
 * a line, and for two ranges of cohorts the samples per cohort of every application method on
 * the stack per 100 journeys, sorted by how much they grew from the first range to the second. What grows with
 * the tables shows at the top.
 *
 * <p>{@code java -cp target/test-classes org.reversementoring.benchmark.CohortProfile rec.jfr
 * program 1-5 46-50}
 */
public final class CohortProfile {

  /** Samples per 100 journeys below which a method is left out. */
  private static final double SHOWN_FROM = 20;

  private record Cohort(String label, int journeys, long from, long to) {
  }

  private record Growth(String key, double before, double after) {
  }

  private CohortProfile() {
  }

  public static void main(String[] args) throws IOException {
    Path recording = Path.of(args[0]);
    String line = args.length > 1 ? args[1] : "program";
    List<Cohort> cohorts = cohorts(recording, line);
    int[] first = range(args.length > 2 ? args[2] : "1-5");
    int[] last = range(args.length > 3 ? args[3] : (cohorts.size() - 5) + "-" + (cohorts.size() - 1));
    Map<String, Integer> firstCounts = new HashMap<>();
    Map<String, Integer> lastCounts = new HashMap<>();
    int[] perCohort = new int[cohorts.size()];
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent sample = file.readEvent();
        int index = isMainThreadSample(sample) ? indexOf(cohorts, sample.getStartTime().toEpochMilli()) : -1;
        if (index < 0) {
          continue;
        }
        perCohort[index]++;
        Map<String, Integer> counts = within(first, index) ? firstCounts : within(last, index) ? lastCounts : null;
        if (counts != null) {
          keys(sample).forEach(key -> counts.merge(key, 1, Integer::sum));
        }
      }
    }
    StringBuilder perCohortLine = new StringBuilder("main-thread samples per cohort of the " + line + " line:");
    for (int i = 0; i < cohorts.size(); i++) {
      perCohortLine.append(' ').append(cohorts.get(i).label()).append('=').append(perCohort[i]);
    }
    System.out.println(perCohortLine);
    System.out.printf(Locale.ROOT, "%10s %10s %8s  samples per 100 journeys, cohorts %d-%d against %d-%d (counted from 0, the warm-up first)%n",
        "first", "last", "growth", first[0], first[1], last[0], last[1]);
    double firstSize = journeys(cohorts, first) / 100.0;
    double lastSize = journeys(cohorts, last) / 100.0;
    Set<String> keys = new HashSet<>(firstCounts.keySet());
    keys.addAll(lastCounts.keySet());
    keys.stream()
        .map(key -> new Growth(key, firstCounts.getOrDefault(key, 0) / firstSize, lastCounts.getOrDefault(key, 0) / lastSize))
        .filter(growth -> Math.max(growth.before(), growth.after()) >= SHOWN_FROM)
        .sorted(Comparator.comparingDouble(growth -> growth.before() - growth.after()))
        .forEach(growth -> System.out.printf(Locale.ROOT, "%10.1f %10.1f %+8.1f  %s%n", growth.before(), growth.after(),
            growth.after() - growth.before(), growth.key()));
  }

  private static List<Cohort> cohorts(Path recording, String line) throws IOException {
    List<Cohort> cohorts = new ArrayList<>();
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (event.getEventType().getName().equals(CohortEvent.NAME) && line.equals(event.getString("line"))) {
          cohorts.add(new Cohort(event.getString("cohort"), event.getInt("journeys"), event.getStartTime().toEpochMilli(),
              event.getEndTime().toEpochMilli()));
        }
      }
    }
    cohorts.sort(Comparator.comparingLong(Cohort::from));
    if (cohorts.isEmpty()) {
      throw new IllegalArgumentException("no " + CohortEvent.NAME + " events of the line " + line + " in " + recording);
    }
    return cohorts;
  }

  private static int journeys(List<Cohort> cohorts, int[] range) {
    return cohorts.subList(range[0], range[1] + 1).stream().mapToInt(Cohort::journeys).sum();
  }

  private static int indexOf(List<Cohort> cohorts, long time) {
    for (int i = 0; i < cohorts.size(); i++) {
      if (time >= cohorts.get(i).from() && time <= cohorts.get(i).to()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isMainThreadSample(RecordedEvent event) {
    String type = event.getEventType().getName();
    RecordedThread thread = type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample")
        ? event.getThread("sampledThread") : null;
    return thread != null && "main".equals(thread.getJavaName()) && event.getStackTrace() != null;
  }

  /** Every application method on the sample's stack, and "(all)". */
  private static Set<String> keys(RecordedEvent sample) {
    Set<String> keys = new HashSet<>();
    keys.add("(all)");
    for (RecordedFrame frame : sample.getStackTrace().getFrames()) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith("org.reversementoring.") && !type.contains("$$") && !type.contains("$Proxy")
          && !type.contains(".benchmark.") && !type.contains(".support.")) {
        keys.add(type.substring("org.reversementoring.".length()) + "." + frame.getMethod().getName());
      }
    }
    return keys;
  }

  private static boolean within(int[] range, int index) {
    return index >= range[0] && index <= range[1];
  }

  private static int[] range(String range) {
    String[] ends = range.split("-");
    return new int[] {Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip())};
  }
}
