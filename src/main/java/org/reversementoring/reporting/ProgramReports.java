package org.reversementoring.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reversementoring.common.RequestCoalescer;
import org.reversementoring.reporting.ProgramReport.Count;
import org.reversementoring.reporting.ProgramReport.Rate;
import org.reversementoring.reporting.ProgramReport.Sessions;
import org.reversementoring.reporting.ReportData.FeedbackRatings;
import org.reversementoring.reporting.ReportData.MentorFunnel;
import org.reversementoring.reporting.ReportData.SessionCounts;
import org.reversementoring.reporting.ReportData.SessionRatings;
import org.reversementoring.reporting.ReportMath.Tally;
import org.reversementoring.recruitment.ApplicationStatus;
import org.reversementoring.tandem.TandemStatus;
import org.springframework.stereotype.Service;

/**
 * Computes the {@link ProgramReport}. The period selects cases by the day they began: an
 * application by its submission, a mentor by their earliest application, a tandem (with its
 * sessions and final feedback, whenever those happened) by its creation.
 */
@Service
public class ProgramReports {

  static final Set<String> DECIDED = Set.of(ApplicationStatus.SELECTED.name(),
      ApplicationStatus.REJECTED.name(), ApplicationStatus.WAITLISTED.name());

  private final ReportQueries queries;
  private final Clock clock;
  private final RequestCoalescer<ReportPeriod, ProgramReport> sharedRounds = new RequestCoalescer<>();

  ProgramReports(ReportQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * The report as of now. Readers asking for the same period at the same time share one reading
   * of the database, one that began after they asked (see {@link RequestCoalescer}).
   */
  public ProgramReport report(ReportPeriod period) {
    return sharedRounds.get(period, () -> {
      Instant now = clock.instant();
      ZoneId zone = clock.getZone();
      return compute(queries.load(period.start(zone), period.end(zone), now), period, now);
    });
  }

  /** The report from what the queries read: no database, no clock. */
  static ProgramReport compute(ReportData data, ReportPeriod period, Instant now) {
    Map<String, Long> applicationsByStatus = everyKey(ApplicationStatus.values(), data.applicationsByStatus());
    long applications = data.applicationsByStatus().values().stream().mapToLong(Long::longValue).sum();
    long selected = applicationsByStatus.get(ApplicationStatus.SELECTED.name());
    long decided = DECIDED.stream().mapToLong(applicationsByStatus::get).sum();

    MentorFunnel mentors = data.mentors();
    List<Count> funnel = List.of(new Count("applicants", mentors.applicants()),
        new Count("selected", mentors.selected()), new Count("qualified", mentors.qualified()),
        new Count("in a tandem", mentors.inTandem()));

    Map<String, Long> tandems = new HashMap<>();
    data.tandems().forEach(t -> tandems.merge(t.status(), 1L, Long::sum));
    Map<String, Long> tandemsByStatus = everyKey(TandemStatus.values(), tandems);

    SessionCounts s = data.sessions();
    Sessions sessions = new Sessions(s.planned(), s.due(), s.held(), s.notHeld(),
        s.due() - s.held() - s.notHeld(), s.planned() - s.due(), s.cancelled());

    Map<String, Tally> byTopic = new HashMap<>();
    Map<String, Tally> byExecutiveDepartment = new HashMap<>();
    Map<String, Tally> byMentorDepartment = new HashMap<>();
    for (SessionRatings r : data.sessionRatings()) {
      for (String topic : topics(r.topics())) {
        add(byTopic, topic, r.count(), r.ratingSum());
      }
      add(byExecutiveDepartment, department(r.executiveDepartment()), r.count(), r.ratingSum());
      add(byMentorDepartment, department(r.mentorDepartment()), r.count(), r.ratingSum());
    }

    Map<String, Tally> byRole = new HashMap<>();
    Map<String, Tally> byGiverDepartment = new HashMap<>();
    long closedResponses = 0;
    for (FeedbackRatings f : data.feedback()) {
      add(byRole, f.role(), f.count(), f.ratingSum());
      add(byGiverDepartment, department(f.department()), f.count(), f.ratingSum());
      closedResponses += f.onClosedTandems();
    }
    long closed = tandemsByStatus.get(TandemStatus.CLOSED.name());

    List<Double> waiting = data.tandems().stream()
        .map(t -> ReportMath.daysBetween(t.menteeRegisteredAt(), t.createdAt())).toList();
    List<Double> toFirstSession = data.applicationToFirstSession().stream()
        .map(span -> ReportMath.daysBetween(span.start(), span.end())).toList();

    return new ProgramReport(period.from(), period.to(), now,
        applications, applicationsByStatus,
        Rate.of(selected, decided), Rate.of(mentors.qualified(), mentors.qualified() + mentors.notQualified()),
        funnel, tandemsByStatus, sessions, Rate.of(s.held(), s.due()),
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

  private static void add(Map<String, Tally> tallies, String key, long count, long sum) {
    tallies.merge(key, new Tally(count, sum), Tally::plus);
  }

  /** Every value of the enum in its order, zero where nothing was counted; then any other key found. */
  private static Map<String, Long> everyKey(Enum<?>[] keys, Map<String, Long> counts) {
    Map<String, Long> all = new LinkedHashMap<>();
    for (Enum<?> key : keys) {
      all.put(key.name(), 0L);
    }
    new TreeMap<>(counts).forEach(all::put);
    return all;
  }
}
