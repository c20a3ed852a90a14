package org.reversementoring.academy;

import org.reversementoring.support.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empty Academy tables, mentors to seat, and valid cohort plans each test changes. */
final class AcademyFixtures {

  /** 10:00 in Berlin on 3 March 2031. */
  static final Instant START = org.reversementoring.support.DomainTestBeans.START;

  private final JdbcTemplate jdbc;
  private final MovableClock clock;

  AcademyFixtures(DataSource dataSource, MovableClock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  /** No Academy data, no mentors, the clock at {@link #START}. */
  void reset() {
    jdbc.update("delete from academy_module_result");
    jdbc.update("delete from academy_enrollment");
    jdbc.update("delete from academy_cohort_module");
    jdbc.update("delete from academy_cohort");
    jdbc.update("delete from mentor");
    clock.set(START);
  }

  /** Recruitment's mentors with ids 1 to count (enrollments refer to them). */
  void mentors(int count) {
    for (long id = 1; id <= count; id++) {
      jdbc.update("insert into mentor (id, email, first_name, last_name, occupation, department,"
          + " location, language, supervisor_email, status, version)"
          + " values (?, ?, 'Mentor', ?, 'Mechatronics technician', 'Vehicle electronics',"
          + " 'Munich', 'en', 'sven.vogel@example.com', 'SELECTED', 0)",
          id, "mentor" + id + "@example.com", "No. " + id);
    }
  }

  int seatsTaken(long cohortId) {
    return jdbc.queryForObject("select seats_taken from academy_cohort where id = ?",
        Integer.class, cohortId);
  }

  int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  /** A valid plan: modules on three days in a row from {@code firstModule}, 12 seats. */
  static PlanBuilder plan(String name, Instant firstModule) {
    return new PlanBuilder(name).startingAt(firstModule);
  }

  static Instant daysAfterStart(int days) {
    return START.plus(Duration.ofDays(days));
  }

  static final class PlanBuilder {
    private String name;
    private String location = "Academy, room 3.14, Munich";
    private String trainerName = "Tina Kramer";
    private String trainerEmail = "tina.kramer@example.com";
    private Integer capacity = 12;
    private Map<String, Instant> moduleStarts = new LinkedHashMap<>();

    PlanBuilder(String name) {
      this.name = name;
    }

    PlanBuilder startingAt(Instant first) {
      moduleStarts.put("mentoring-basics", first);
      moduleStarts.put("teaching-adults", first.plus(Duration.ofDays(1)));
      moduleStarts.put("communication-feedback", first.plus(Duration.ofDays(2)));
      return this;
    }

    PlanBuilder name(String value) {
      name = value;
      return this;
    }

    PlanBuilder location(String value) {
      location = value;
      return this;
    }

    PlanBuilder trainerName(String value) {
      trainerName = value;
      return this;
    }

    PlanBuilder trainerEmail(String value) {
      trainerEmail = value;
      return this;
    }

    PlanBuilder capacity(Integer value) {
      capacity = value;
      return this;
    }

    PlanBuilder moduleStart(String key, Instant start) {
      moduleStarts.put(key, start);
      return this;
    }

    PlanBuilder withoutModule(String key) {
      moduleStarts.remove(key);
      return this;
    }

    PlanBuilder noModuleStarts() {
      moduleStarts = null;
      return this;
    }

    Instant start(String key) {
      return moduleStarts.get(key);
    }

    CohortPlan build() {
      return new CohortPlan(name, location, trainerName, trainerEmail, capacity,
          moduleStarts == null ? null : new LinkedHashMap<>(moduleStarts));
    }
  }
}
