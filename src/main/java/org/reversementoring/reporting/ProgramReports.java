package org.reversementoring.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reversementoring.reporting.ProgramReport.Count;
import org.reversementoring.reporting.ProgramReport.Rate;
import org.reversementoring.reporting.ProgramReport.Sessions;
import org.reversementoring.reporting.ReportData.ApplicationRow;
import org.reversementoring.reporting.ReportData.FeedbackRow;
import org.reversementoring.reporting.ReportData.MentorRow;
import org.reversementoring.reporting.ReportData.SessionRow;
import org.reversementoring.reporting.ReportData.TandemRow;
import org.reversementoring.recruitment.ApplicationStatus;
import org.reversementoring.recruitment.MentorStatus;
import org.reversementoring.tandem.TandemStatus;
import org.springframework.stereotype.Service;

/**
 * Computes the {@link ProgramReport}. The period selects cases by the day they began: an
 * application by its submission, a mentor by their earliest application, a tandem (with its
 * sessions and final feedback, whenever those happened) by its creation.
 */
@Service
public class ProgramReports {

  static final String SELECTED = ApplicationStatus.SELECTED.name();
  static final Set<String> DECIDED = Set.of(ApplicationStatus.SELECTED.name(),
      ApplicationStatus.REJECTED.name(), ApplicationStatus.WAITLISTED.name());
  static final Set<String> SELECTED_MENTOR = Set.of(MentorStatus.SELECTED.name(),
      MentorStatus.QUALIFIED.name(), MentorStatus.NOT_QUALIFIED.name());

  private final ReportQueries queries;
  private final Clock clock;

  ProgramReports(ReportQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  public ProgramReport report(ReportPeriod period) {
    return compute(queries.load(), period, clock.instant(), clock.getZone());
  }

  /** The report from the rows alone: no database, no clock; the period's days are in {@code zone}. */
  static ProgramReport compute(ReportData data, ReportPeriod period, Instant now, ZoneId zone) {
    // recruitment
    List<ApplicationRow> applications = data.applications().stream()
        .filter(a -> period.contains(a.submittedAt(), zone)).toList();
    Map<String, Long> applicationsByStatus = countByKey(
        Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList(),
        applications, ApplicationRow::status);
    long selected = applications.stream().filter(a -> SELECTED.equals(a.status())).count();
    long decided = applications.stream().filter(a -> DECIDED.contains(a.status())).count();

    Map<Long, Instant> firstApplication = new HashMap<>();
    Set<Long> everSelected = new HashSet<>();
    for (ApplicationRow a : data.applications()) {
      firstApplication.merge(a.mentorId(), a.submittedAt(), (x, y) -> x.isBefore(y) ? x : y);
      if (SELECTED.equals(a.status())) {
        everSelected.add(a.mentorId());
      }
    }
    List<MentorRow> mentors = data.mentors().stream()
        .filter(m -> period.contains(firstApplication.get(m.id()), zone)).toList();
    long qualified = mentors.stream()
        .filter(m -> MentorStatus.QUALIFIED.name().equals(m.status())).count();
    long notQualified = mentors.stream()
        .filter(m -> MentorStatus.NOT_QUALIFIED.name().equals(m.status())).count();
    Set<Long> mentorsInTandem = data.tandems().stream().map(TandemRow::mentorId)
        .collect(Collectors.toSet());
    List<Count> funnel = List.of(
        new Count("applicants", mentors.size()),
        new Count("selected", mentors.stream()
            .filter(m -> everSelected.contains(m.id()) || SELECTED_MENTOR.contains(m.status()))
            .count()),
        new Count("qualified", qualified),
        new Count("in a tandem", mentors.stream()
            .filter(m -> mentorsInTandem.contains(m.id())).count()));

    // tandems and their sessions
    List<TandemRow> tandems = data.tandems().stream()
        .filter(t -> period.contains(t.createdAt(), zone)).toList();
    Map<Long, TandemRow> tandemById = tandems.stream()
        .collect(Collectors.toMap(TandemRow::id, Function.identity()));
    Map<String, Long> tandemsByStatus = countByKey(
        Arrays.stream(TandemStatus.values()).map(Enum::name).toList(), tandems, TandemRow::status);

    List<SessionRow> sessions = data.sessions().stream()
        .filter(s -> tandemById.containsKey(s.tandemId())).toList();
    long cancelled = 0;
    long planned = 0;
    long due = 0;
    long held = 0;
    long notHeld = 0;
    for (SessionRow s : sessions) {
      if ("CANCELLED".equals(s.status())) {
        cancelled++;
        continue;
      }
      planned++;
      if (!s.plannedAt().isAfter(now)) {
        due++;
        if ("HELD".equals(s.status())) {
          held++;
        } else if ("NOT_HELD".equals(s.status())) {
          notHeld++;
        }
      }
    }
    Sessions sessionCounts = new Sessions(planned, due, held, notHeld, due - held - notHeld,
        planned - due, cancelled);

    Map<String, List<Integer>> byTopic = new HashMap<>();
    Map<String, List<Integer>> byExecutiveDepartment = new HashMap<>();
    Map<String, List<Integer>> byMentorDepartment = new HashMap<>();
    for (SessionRow s : sessions) {
      if (s.rating() == null || "CANCELLED".equals(s.status())) {
        continue;
      }
      for (String topic : topics(s.topics())) {
        byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(s.rating());
      }
      byExecutiveDepartment.computeIfAbsent(tandemById.get(s.tandemId()).menteeDepartment(),
          k -> new ArrayList<>()).add(s.rating());
      byMentorDepartment.computeIfAbsent(department(s.mentorDepartment()),
          k -> new ArrayList<>()).add(s.rating());
    }

    // final feedback
    Map<String, List<Integer>> byRole = new HashMap<>();
    Map<String, List<Integer>> byGiverDepartment = new HashMap<>();
    long closedResponses = 0;
    for (FeedbackRow f : data.feedback()) {
      TandemRow tandem = tandemById.get(f.tandemId());
      if (tandem == null) {
        continue;
      }
      byRole.computeIfAbsent(f.role(), k -> new ArrayList<>()).add(f.rating());
      String department = "MENTOR".equals(f.role()) ? tandem.mentorDepartment()
          : tandem.menteeDepartment();
      byGiverDepartment.computeIfAbsent(department(department), k -> new ArrayList<>())
          .add(f.rating());
      if (TandemStatus.CLOSED.name().equals(tandem.status())) {
        closedResponses++;
      }
    }
    long closed = tandemsByStatus.get(TandemStatus.CLOSED.name());

    // times
    List<Double> waiting = tandems.stream()
        .map(t -> ReportMath.daysBetween(t.menteeRegisteredAt(), t.createdAt())).toList();
    Map<Long, Instant> firstHeld = new HashMap<>();
    for (SessionRow s : data.sessions()) {
      if ("HELD".equals(s.status()) && s.heldAt() != null) {
        firstHeld.merge(s.mentorId(), s.heldAt(), (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    List<Double> toFirstSession = mentors.stream()
        .filter(m -> firstHeld.containsKey(m.id()))
        .map(m -> ReportMath.daysBetween(firstApplication.get(m.id()), firstHeld.get(m.id())))
        .toList();

    return new ProgramReport(period.from(), period.to(), now,
        applications.size(), applicationsByStatus,
        Rate.of(selected, decided), Rate.of(qualified, qualified + notQualified), funnel,
        tandemsByStatus, sessionCounts, Rate.of(held, due),
        ReportMath.averages(byTopic), ReportMath.averages(byExecutiveDepartment),
        ReportMath.averages(byMentorDepartment),
        ReportMath.averages(byRole), ReportMath.averages(byGiverDepartment),
        ReportMath.days(waiting), ReportMath.days(toFirstSession),
        Rate.of(closedResponses, 2 * closed));
  }

  /** The distinct topic codes of a comma-separated list; a session counts once per topic. */
  static Set<String> topics(String commaSeparated) {
    Set<String> topics = new LinkedHashSet<>();
    if (commaSeparated != null) {
      for (String topic : commaSeparated.split(",")) {
        if (!topic.isBlank()) {
          topics.add(topic.trim());
        }
      }
    }
    return topics;
  }

  private static String department(String department) {
    return department == null ? "(unknown)" : department;
  }

  private static <T> Map<String, Long> countByKey(List<String> keys, List<T> rows,
      Function<T, String> key) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(k -> counts.put(k, 0L));
    rows.forEach(row -> counts.merge(key.apply(row), 1L, Long::sum));
    return counts;
  }
}
