package org.reversementoring.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reversementoring.common.EmailAddress;

/**
 * Who reports to whom, as an HR export gives it: one line per person, {@code employee,manager}
 * by email, a header line and lines starting with {@code #} ignored. Matching uses it for the
 * rule "no reporting line": an executive's chain is everyone above and everyone below them.
 */
public final class OrgChart {

  private final Map<String, String> managerOf;
  private final Map<String, Set<String>> reportsOf = new HashMap<>();

  private OrgChart(Map<String, String> managerOf) {
    this.managerOf = Map.copyOf(managerOf);
    managerOf.forEach((employee, manager) -> reportsOf.computeIfAbsent(manager, m -> new HashSet<>()).add(employee));
  }

  public static OrgChart empty() {
    return new OrgChart(Map.of());
  }

  public static OrgChart fromLines(List<String> lines) {
    Map<String, String> managerOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || (i == 0 && !line.contains("@"))) {
        continue;
      }
      String[] columns = line.split("[,;]");
      if (columns.length != 2 || !columns[0].contains("@") || !columns[1].contains("@")) {
        throw new IllegalArgumentException("Org chart line " + (i + 1) + " must be 'employee email,manager email': " + line);
      }
      managerOf.put(key(columns[0]), key(columns[1]));
    }
    return new OrgChart(managerOf);
  }

  public static OrgChart fromFile(Path file) {
    try {
      return fromLines(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the org chart " + file, e);
    }
  }

  /** Everyone above and everyone below this person, directly or indirectly; a cycle ends the walk. */
  public Set<String> chainOf(String email) {
    String person = key(email);
    Set<String> chain = new HashSet<>();
    for (String manager = managerOf.get(person); manager != null && !manager.equals(person) && chain.add(manager); ) {
      manager = managerOf.get(manager);
    }
    Deque<String> below = new ArrayDeque<>(reportsOf.getOrDefault(person, Set.of()));
    while (!below.isEmpty()) {
      String report = below.pop();
      if (!report.equals(person) && chain.add(report)) {
        below.addAll(reportsOf.getOrDefault(report, Set.of()));
      }
    }
    return chain;
  }

  private static String key(String email) {
    return EmailAddress.normalized(email);
  }
}
