package org.reversementoring.upgrade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.reversementoring.support.JarProcess;
import org.reversementoring.support.JarProcess.Probe;
import org.reversementoring.support.Mails;

/**
 * The new side of the upgrade, as an operator runs it: the current version's jar starts on the
 * database the old release left (job executor on, as in production), migrates every running
 * instance at start ({@code operations.upgrade}), and is then driven over its REST API until every
 * instance has ended. What it checks, each failure collected as a problem (the test fails on any):
 *
 * <ol>
 *   <li>the upgrade ran before the job executor started (app log);</li>
 *   <li>a process owner ({@code otto}) sees, as Cockpit shows them, every running instance on its
 *       process's latest version and no incident;</li>
 *   <li>every instance of the baseline kept its place: an instance nothing moves on its own
 *       (no pending job, not waiting for the message such a job sends) is exactly where it was,
 *       at the same activities, with the same tasks, timers (due dates) and message
 *       subscriptions; every instance kept every variable with its type and value (a variable
 *       that was null may have got one);</li>
 *   <li>the trainer task created by v0.1.0 got its own answer variables (the academy step);</li>
 *   <li>every instance then runs to its end (tasks answered the smooth way, timers fired in due
 *       order, the job executor runs the rest): no refused answer, no failed job, no incident;</li>
 *   <li>every mail once: the old side's notification log is untouched, no step key is sent twice,
 *       nothing failed, every job the old release left at a send step sent, every send step run
 *       on the new side logged a mail, the mail server got one message per new log entry, and
 *       nobody got two messages with one subject.</li>
 * </ol>
 */
final class CurrentSide {

  /** How long each part took. */
  record Timings(Duration startup, long migrationMillis, Duration checks, Duration drive, Duration stop) {
    @Override
    public String toString() {
      return "startup " + startup + " (migration " + migrationMillis + " ms), checks " + checks + ", drive " + drive
          + ", stop " + stop;
    }
  }

  record Outcome(List<String> problems, String report, Timings timings) {
  }

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin-demo";
  /** The demo's process owner (group process-owners): reads Cockpit. */
  static final String OWNER = "otto";
  static final String OWNER_PASSWORD = "otto-demo";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration DRIVE_LIMIT = Duration.ofMinutes(6);
  private static final Duration JOB_EXECUTOR_LIMIT = Duration.ofMinutes(2);
  private static final Pattern MIGRATION_MILLIS = Pattern.compile("Upgrade done in (\\d+) ms");

  private static final Map<String, Object> FINAL_FEEDBACK = Map.of("overallRating", 5,
      "learned", "How my team could use AI tools", "wouldRecommend", true, "wouldTakePartAgain", true);

  /** The smooth answer to every task, in the forms' field names (v0.1.0's contract, kept). */
  static final Map<String, Map<String, Object>> ANSWERS = Map.ofEntries(
      Map.entry("Task_GiveSupervisorConsent", Map.of("supervisorDecision", "consent")),
      Map.entry("Task_ChaseSupervisorConsent", Map.of("chaseNote", "Called the supervisor")),
      Map.entry("Task_ReviewApplication", Map.of("reviewDecision", "interview", "decisionReason", "Strong topics")),
      Map.entry("Task_RecordInterviewResult", Map.of("interviewResult", "select",
          "decisionReason", "Explains apps patiently")),
      Map.entry("Task_RecordModuleResult", Map.of("attended", true, "passed", true)),
      Map.entry("Task_ConfirmEnrollment", Map.of("enrollmentDecision", "confirm")),
      Map.entry("Task_ReviewMatchingProposal", Map.of("matchingDecision", "approve")),
      Map.entry("Task_AgreeGoalsAndCadence", Map.of("goals", "Use AI tools at work\nRun a team channel",
          "cadenceWeeks", 1, "sessionCount", 2, "sessionMinutes", 60)),
      Map.entry("Task_ConfirmKickoff", Map.of("kickoffDecision", "confirm")),
      Map.entry("Task_LogSession", Map.of("sessionHeld", true, "heldMinutes", 60,
          "sessionTopics", "[\"ai-tools\"]", "sessionNotes", "Tried three AI tools")),
      Map.entry("Task_RateSession", Map.of("sessionRating", 5)),
      Map.entry("Task_MidProgramCheckIn", Map.of("checkInAssessment", "ON_TRACK")),
      Map.entry("Task_ChaseSessionLog", Map.of("chaseOutcome", "unreachable")),
      Map.entry("Task_FollowUpWithTandem", Map.of("followUpDecision", "resume")),
      Map.entry("Task_ClarifyEarlyEnding", Map.of("earlyEndingDecision", "continue")),
      Map.entry("Task_GiveMentorFeedback", FINAL_FEEDBACK),
      Map.entry("Task_GiveMenteeFeedback", FINAL_FEEDBACK),
      Map.entry("Task_ChaseMissingFeedback", Map.of("chaseOutcome", "unreachable")),
      Map.entry("Task_FollowUpMissingFeedback", Map.of("followUpDecision", "goOn")),
      Map.entry("Task_ExtendOrClose", Map.of("closingDecision", "close")));

  private final UpgradeDatabase database;
  private final Baseline baseline;
  private final GreenMail smtp;
  private final Path directory;
  private final List<String> problems = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private CurrentSide(UpgradeDatabase database, Baseline baseline, GreenMail smtp, Path directory) {
    this.database = database;
    this.baseline = baseline;
    this.smtp = smtp;
    this.directory = directory;
  }

  static Outcome upgradeAndDriveToTheEnd(Path jar, UpgradeDatabase database, Baseline baseline, GreenMail smtp,
      Path directory) {
    return new CurrentSide(database, baseline, smtp, directory).run(jar);
  }

  private Outcome run(Path jar) {
    List<String> arguments = new ArrayList<>(database.springArguments());
    arguments.addAll(List.of("--reverse-mentoring.demo.embedded-smtp=false",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        // the hourly digest run is not an instance the old release left; its send step may mail nobody
        "--reverse-mentoring.worklist.digest-enabled=false",
        "--reverse-mentoring.base-url=" + UpgradeFromLastReleaseIT.BASE_URL));
    Instant started = Instant.now();
    Duration startup;
    long migrationMillis;
    Instant checked;
    Instant driven;
    List<Map<String, Object>> sendSteps;
    try (JarProcess app = JarProcess.start(jar, directory.resolve("current-app"), UpgradeFromLastReleaseIT.JAVA_OPTIONS,
        arguments, Map.of(), Probe.LIVENESS)) {
      startup = app.startup();
      text.append("# ").append(jar.getFileName()).append(" on ").append(database).append(": live after ")
          .append(startup).append('\n');
      migrationMillis = upgradeRanBeforeTheJobExecutor(app);
      EngineRest admin = new EngineRest(app.baseUrl(), ADMIN, ADMIN_PASSWORD);
      Map<String, Map<String, Object>> latest = new TreeMap<>();
      admin.latestProcessDefinitions().forEach(d -> latest.put((String) d.get("key"), d));
      ownerSeesEveryInstanceOnTheLatestVersionAndNoIncident(app, latest, "after the upgrade");
      everyInstanceKeptItsPlace(admin, latest);
      theTrainerTaskGotItsOwnAnswers(admin);
      checked = Instant.now();
      drive(admin);
      driven = Instant.now();
      everyInstanceEnded(app, admin, started);
      sendSteps = admin.history("activity-instance", Map.of("activityType", "sendTask", "finished", "true",
          "startedAfter", restTime(started)));
    }
    Instant stopped = Instant.now();
    theTrainersAnswersReachedTheRecord(started);
    everyMailOnce(sendSteps, started);
    Timings timings = new Timings(startup, migrationMillis, Duration.between(started.plus(startup), checked),
        Duration.between(checked, driven), Duration.between(driven, stopped));
    text.insert(0, (problems.isEmpty() ? "No problem.\n" : problems.size() + " PROBLEM(S):\n- "
        + String.join("\n- ", problems) + "\n") + timings + "\n\n");
    return new Outcome(List.copyOf(problems), text.toString(), timings);
  }

  // ------------------------------------------------------------------ 1. the upgrade step

  /** The app log: the upgrade's lines, and the job executor started only after it was done. */
  private long upgradeRanBeforeTheJobExecutor(JarProcess app) {
    List<String> lines = List.of();
    Instant deadline = Instant.now().plusSeconds(30);
    int jobExecutor = -1;
    while (Instant.now().isBefore(deadline)) {
      lines = readLines(app.log());
      jobExecutor = indexOf(lines, "Starting up the JobExecutor");
      if (jobExecutor >= 0) {
        break;
      }
      sleep(Duration.ofMillis(500));
    }
    int done = indexOf(lines, "Upgrade done in");
    text.append("\n## The upgrade step (app log)\n");
    lines.stream().filter(l -> l.contains("Upgrade")).map(l -> l.replaceFirst("^.*? : ", ""))
        .forEach(l -> text.append(l).append('\n'));
    if (done < 0) {
      problems.add("the app log has no 'Upgrade done' line: the upgrade step did not run");
      return -1;
    }
    if (jobExecutor < 0) {
      problems.add("the job executor did not start within 30 s of the app being live");
    } else if (jobExecutor < done) {
      problems.add("the job executor started before the upgrade was done (log lines " + jobExecutor + " < " + done + ")");
    } else {
      text.append("The job executor started after the upgrade (log line ").append(jobExecutor + 1).append(" > ")
          .append(done + 1).append(").\n");
    }
    lines.stream().filter(l -> l.contains("could not be") && !l.contains(", 0 could not be")
        || l.contains("could NOT be") || l.contains("stays on") || l.contains("processes without an upgrade"))
        .forEach(l -> problems.add("upgrade: " + l.replaceFirst("^.*? : ", "")));
    Matcher millis = MIGRATION_MILLIS.matcher(lines.get(done));
    return millis.find() ? Long.parseLong(millis.group(1)) : -1;
  }

  // ------------------------------------------------------------------ 2. what the process owner sees

  /** As Cockpit's process list shows it to {@code otto}: every instance on its latest version, no incident. */
  private void ownerSeesEveryInstanceOnTheLatestVersionAndNoIncident(JarProcess app,
      Map<String, Map<String, Object>> latest, String when) {
    EngineRest cockpit = EngineRest.cockpit(app.baseUrl(), OWNER, OWNER_PASSWORD);
    EngineRest owner = new EngineRest(app.baseUrl(), OWNER, OWNER_PASSWORD);
    text.append("\n## What ").append(OWNER).append(" (process-owners) sees in Cockpit ").append(when).append('\n');
    Map<String, String> running = new TreeMap<>();
    for (Map<String, Object> statistics : cockpit.processDefinitionStatistics()) {
      Map<String, Object> definition = cast(statistics.get("definition"));
      String key = (String) definition.get("key");
      int version = ((Number) definition.get("version")).intValue();
      int instances = ((Number) statistics.get("instances")).intValue();
      List<Map<String, Object>> incidents = castList(statistics.get("incidents"));
      int latestVersion = ((Number) latest.get(key).get("version")).intValue();
      if (instances > 0) {
        running.merge(key, instances + " on v" + version + (version == latestVersion ? " (latest)" : " (NOT latest)"),
            (a, b) -> a + ", " + b);
        if (version != latestVersion) {
          problems.add(OWNER + " sees " + instances + " instance(s) of " + key + " on v" + version + ", latest is v"
              + latestVersion + " (" + when + ")");
        }
      }
      if (!incidents.isEmpty()) {
        problems.add(OWNER + " sees incidents on " + key + " v" + version + ": " + incidents + " (" + when + ")");
      }
    }
    running.forEach((key, where) -> text.append("- ").append(key).append(": ").append(where).append('\n'));
    if (running.isEmpty()) {
      text.append("- no running instance\n");
    }
    List<Map<String, Object>> incidents = owner.incidents(Map.of());
    text.append("Open incidents (engine REST API, as ").append(OWNER).append("): ").append(incidents.size()).append('\n');
    incidents.forEach(i -> problems.add("incident " + i.get("incidentType") + " at " + i.get("activityId") + ": "
        + i.get("incidentMessage") + " (" + when + ")"));
  }

  // ------------------------------------------------------------------ 3. every instance kept its place

  private void everyInstanceKeptItsPlace(EngineRest admin, Map<String, Map<String, Object>> latest) {
    text.append("\n## The baseline's instances after the upgrade\n");
    Map<String, Map<String, Object>> running = new HashMap<>();
    admin.processInstances(Map.of()).forEach(p -> running.put((String) p.get("id"), p));
    Map<String, Map<String, Object>> jobDefinitions = new HashMap<>();
    int exact = 0;
    int moved = 0;
    for (Baseline.WaitState state : baseline.waitStates()) {
      for (Baseline.Instance before : state.instances()) {
        String label = state.waiting().businessKey() + " " + before.processDefinitionKey();
        Map<String, Object> now = running.get(before.id());
        boolean movesOnItsOwn = movesOnItsOwn(before);
        if (now == null) {
          if (!movesOnItsOwn) {
            problems.add(label + ": no longer running right after the upgrade");
          }
          continue;
        }
        String latestId = (String) latest.get(before.processDefinitionKey()).get("id");
        if (!latestId.equals(now.get("definitionId"))) {
          problems.add(label + ": on " + now.get("definitionId") + ", not on the latest " + latestId);
        }
        Map<String, Map<String, Object>> variables = admin.variables(before.id());
        before.variables().forEach((name, was) -> {
          Map<String, Object> is = variables.get(name);
          if (is == null) {
            problems.add(label + ": variable " + name + " lost");
          } else if (!"Null".equals(was.type()) && (!Objects.equals(was.type(), is.get("type"))
              || !json(was.value()).equals(json(is.get("value"))))) {
            problems.add(label + ": variable " + name + " was " + was.type() + " " + json(was.value()) + ", is "
                + is.get("type") + " " + json(is.get("value")));
          }
        });
        if (movesOnItsOwn) {
          moved++;
          continue;
        }
        exact++;
        List<String> activities = Baseline.leafActivities(admin.activityInstances(before.id()));
        same(label, "activities", before.activities(), activities);
        same(label, "tasks", before.tasks().stream().map(t -> t.taskDefinitionKey() + " for " + t.assignee()
            + " since " + t.created()).sorted().toList(), admin.tasks(Map.of("processInstanceId", before.id())).stream()
            .map(t -> t.get("taskDefinitionKey") + " for " + t.get("assignee") + " since " + t.get("created"))
            .sorted().toList());
        same(label, "timers", before.jobs().stream().map(j -> j.activityId() + " " + j.jobType() + " due " + j.dueDate())
            .sorted().toList(), admin.jobs(Map.of("processInstanceId", before.id())).stream().map(j -> {
              Map<String, Object> definition = jobDefinitions.computeIfAbsent((String) j.get("jobDefinitionId"),
                  admin::jobDefinition);
              return definition.get("activityId") + " " + definition.get("jobType") + " due " + j.get("dueDate");
            }).sorted().toList());
        same(label, "message subscriptions", before.messageSubscriptions(), admin.eventSubscriptions(before.id())
            .stream().map(s -> s.get("eventType") + " " + s.get("eventName") + " at " + s.get("activityId")).sorted()
            .toList());
      }
    }
    text.append(exact).append(" instance(s) exactly where v0.1.0 left them (activities, tasks, timers with their due"
        + " dates, subscriptions, variables) and on the latest version; ").append(moved)
        .append(" moved on by the job executor meanwhile (variables checked).\n");
  }

  /**
   * An instance the job executor moves on as soon as it starts: it has a pending job, or it waits
   * for the message a pending job sends (plan-academy-cohort's "Offer seats" wakes every
   * qualification waiting for a cohort).
   */
  private static boolean movesOnItsOwn(Baseline.Instance instance) {
    return instance.jobs().stream().anyMatch(j -> !j.jobType().startsWith("timer"))
        || instance.messageSubscriptions().stream().anyMatch(s -> s.contains("AcademyCohortPlanned"));
  }

  private void same(String label, String what, List<String> before, List<String> now) {
    if (!before.equals(now)) {
      problems.add(label + ": " + what + " were " + before + ", are " + now);
    }
  }

  // ------------------------------------------------------------------ 4. the academy step

  /** The trainer task v0.1.0 created has the answer variables as its own now, as a task the current model creates. */
  private void theTrainerTaskGotItsOwnAnswers(EngineRest admin) {
    text.append("\n## The trainer task v0.1.0 created (academy step)\n");
    for (Baseline.WaitState state : baseline.waitStates()) {
      for (Baseline.Instance before : state.instances()) {
        if (before.tasks().stream().noneMatch(t -> t.taskDefinitionKey().equals("Task_RecordModuleResult"))) {
          continue;
        }
        for (Map<String, Object> task : admin.tasks(Map.of("processInstanceId", before.id(),
            "taskDefinitionKey", "Task_RecordModuleResult"))) {
          Map<String, Object> local = admin.localVariables((String) task.get("executionId"));
          text.append(state.waiting().businessKey()).append(": the task's execution has ").append(local.keySet())
              .append('\n');
          if (!local.keySet().containsAll(List.of("attended", "passed", "trainerRemark"))) {
            problems.add(state.waiting().businessKey() + ": Task_RecordModuleResult's execution lacks its own answer"
                + " variables: " + local.keySet());
          }
        }
      }
    }
  }

  /** The answers given on the migrated trainer task reached the module's record: passed, as answered. */
  private void theTrainersAnswersReachedTheRecord(Instant started) {
    text.append("\n## The answers on the trainer task v0.1.0 created\n");
    for (Baseline.WaitState state : baseline.waitStates()) {
      if (state.instances().stream().flatMap(i -> i.tasks().stream())
          .noneMatch(t -> t.taskDefinitionKey().equals("Task_RecordModuleResult"))) {
        continue;
      }
      List<String> results = new ArrayList<>();
      try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
          "select r.module_key, r.attended, r.passed from academy_module_result r"
              + " join academy_enrollment e on e.id = r.enrollment_id"
              + " join mentor_application a on a.mentor_id = e.mentor_id"
              + " where a.number = ? and r.recorded_at >= ? order by r.recorded_at")) {
        query.setString(1, state.waiting().businessKey());
        query.setTimestamp(2, java.sql.Timestamp.from(started));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            results.add(rows.getString(1) + (rows.getBoolean(2) && rows.getBoolean(3) ? " passed" : " NOT passed"));
          }
        }
      } catch (SQLException e) {
        problems.add("could not read the module results: " + e.getMessage());
        return;
      }
      text.append(state.waiting().businessKey()).append(": module results recorded on the new side ").append(results)
          .append('\n');
      if (results.isEmpty() || results.stream().anyMatch(r -> r.endsWith("NOT passed"))) {
        problems.add(state.waiting().businessKey() + ": the trainer's answers (attended, passed) did not reach the"
            + " module records as given: " + results);
      }
    }
  }

  // ------------------------------------------------------------------ 5. drive every instance to its end

  /**
   * Rounds until nothing runs: wait for the job executor to run what is due, answer every open
   * task; when no task is left, fire the earliest timer of each instance (over REST, whatever its
   * due date: days pass in seconds).
   */
  private void drive(EngineRest admin) {
    Instant deadline = Instant.now().plus(DRIVE_LIMIT);
    Set<String> refused = new HashSet<>();
    int tasksDone = 0;
    int timersFired = 0;
    int rounds = 0;
    while (true) {
      rounds++;
      awaitJobExecutor(admin);
      List<Map<String, Object>> running = admin.processInstances(Map.of());
      if (running.isEmpty()) {
        break;
      }
      if (Instant.now().isAfter(deadline)) {
        problems.add("still running after " + DRIVE_LIMIT + " of driving: " + where(admin, running));
        break;
      }
      int done = 0;
      for (Map<String, Object> task : admin.tasks(Map.of())) {
        String id = (String) task.get("id");
        String key = (String) task.get("taskDefinitionKey");
        if (refused.contains(id)) {
          continue;
        }
        Map<String, Object> answer = ANSWERS.get(key);
        if (answer == null) {
          refused.add(id);
          problems.add("no answer for task " + key + " (" + task.get("name") + ")");
          continue;
        }
        EngineRest.Answer completion = admin.tryComplete(id, answer);
        if (completion.status() == 204) {
          done++;
          tasksDone++;
        } else if (completion.status() != 404 && completion.status() != 409) {
          // 404: ended meanwhile (an answer ends the chase); 409: changed meanwhile, next round
          refused.add(id);
          problems.add("task " + key + " refused with " + completion.status() + ": " + completion.body());
        }
      }
      if (done > 0) {
        continue;
      }
      Set<String> instancesWithTimer = new HashSet<>();
      int fired = 0;
      for (Map<String, Object> timer : admin.jobs(Map.of("timers", "true", "withRetriesLeft", "true",
          "sortBy", "jobDueDate", "sortOrder", "asc"))) {
        String instance = (String) timer.get("processInstanceId");
        if (instance == null || Boolean.TRUE.equals(timer.get("suspended")) || !instancesWithTimer.add(instance)) {
          continue;
        }
        EngineRest.Answer execution = admin.tryExecuteJob((String) timer.get("id"));
        if (execution.status() == 204) {
          fired++;
          timersFired++;
        } else if (execution.status() != 404 && execution.status() != 409) {
          problems.add("timer " + timer.get("id") + " failed with " + execution.status() + ": " + execution.body());
        }
      }
      if (fired == 0) {
        problems.add("stuck: running, but no task to answer and no timer to fire: " + where(admin, running));
        break;
      }
    }
    text.append("\n## Driving every instance to its end\n").append(rounds).append(" rounds, ").append(tasksDone)
        .append(" tasks completed, ").append(timersFired).append(" timers fired, the job executor ran the rest\n");
  }

  /** Waits until the job executor has run every due job of a process instance. */
  private void awaitJobExecutor(EngineRest admin) {
    Instant deadline = Instant.now().plus(JOB_EXECUTOR_LIMIT);
    while (true) {
      List<Map<String, Object>> due = admin.jobs(Map.of("executable", "true")).stream()
          .filter(j -> j.get("processInstanceId") != null).toList();
      if (due.isEmpty()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        problems.add("the job executor left " + due.size() + " due job(s) for " + JOB_EXECUTOR_LIMIT);
        return;
      }
      sleep(Duration.ofMillis(200));
    }
  }

  private static String where(EngineRest admin, List<Map<String, Object>> running) {
    return running.stream().map(p -> p.get("businessKey") + " " + p.get("definitionId") + " at "
        + Baseline.leafActivities(admin.activityInstances((String) p.get("id")))).collect(Collectors.joining("; "));
  }

  // ------------------------------------------------------------------ after the drive

  private void everyInstanceEnded(JarProcess app, EngineRest admin, Instant started) {
    Map<String, Map<String, Object>> latest = new TreeMap<>();
    admin.latestProcessDefinitions().forEach(d -> latest.put((String) d.get("key"), d));
    ownerSeesEveryInstanceOnTheLatestVersionAndNoIncident(app, latest, "after driving every instance to its end");
    List<Map<String, Object>> running = admin.processInstances(Map.of());
    if (!running.isEmpty()) {
      problems.add(running.size() + " instance(s) still running at the end");
    }
    List<Map<String, Object>> failures = admin.history("job-log", Map.of("failureLog", "true"));
    List<String> newFailures = failures.stream().filter(f -> !instant((String) f.get("timestamp")).isBefore(started))
        .map(f -> f.get("activityId") + " " + f.get("processDefinitionKey") + ": " + f.get("jobExceptionMessage"))
        .toList();
    text.append("Failed job runs on the new side (job log): ").append(newFailures.size()).append('\n');
    newFailures.forEach(f -> problems.add("a job failed on the new side: " + f));
    List<Map<String, Object>> withException = admin.jobs(Map.of("withException", "true"));
    withException.forEach(j -> problems.add("job " + j.get("id") + " of " + j.get("processInstanceId")
        + " has an exception: " + j.get("exceptionMessage")));
  }

  // ------------------------------------------------------------------ 6. every mail once

  private record Row(long id, String stepKey, String template, String status, Instant createdAt,
      String processInstanceId) {
  }

  /** The notification log (read once the app stopped, an H2 file admits one process) and the mail server. */
  private void everyMailOnce(List<Map<String, Object>> sendSteps, Instant started) {
    text.append("\n## Every mail once\n");
    List<Row> rows = new ArrayList<>();
    try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
        "select id, step_key, template, status, created_at, process_instance_id from notification order by id");
        ResultSet result = query.executeQuery()) {
      while (result.next()) {
        rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
            result.getTimestamp(5).toInstant(), result.getString(6)));
      }
    } catch (SQLException e) {
      problems.add("could not read the notification log: " + e.getMessage());
      return;
    }
    Map<Long, Row> byId = new HashMap<>();
    rows.forEach(r -> byId.put(r.id(), r));
    baseline.waitStates().stream().flatMap(s -> s.instances().stream()).flatMap(i -> i.notifications().stream())
        .forEach(was -> {
          Row is = byId.get(was.id());
          if (is == null || !is.stepKey().equals(was.stepKey()) || !is.status().equals(was.status())) {
            problems.add("the old side's notification " + was.id() + " " + was.stepKey() + " changed: " + is);
          }
        });
    List<Row> added = rows.stream().filter(r -> !r.createdAt().isBefore(started)).toList();
    Map<String, Long> sentPerKey = rows.stream().filter(r -> "SENT".equals(r.status()))
        .collect(Collectors.groupingBy(Row::stepKey, Collectors.counting()));
    sentPerKey.forEach((key, count) -> {
      if (count > 1) {
        problems.add("step " + key + " sent " + count + " times");
      }
    });
    added.stream().filter(r -> !"SENT".equals(r.status()))
        .forEach(r -> problems.add("notification " + r.id() + " " + r.stepKey() + " is " + r.status()));
    List<Row> addedSent = added.stream().filter(r -> "SENT".equals(r.status())).toList();
    text.append(rows.size()).append(" notifications logged: ").append(rows.size() - added.size())
        .append(" by the old release (those of the waiting instances unchanged), ").append(addedSent.size())
        .append(" sent by the current version\n");

    // every send step run on the new side logged its mails while it ran (the log names the instance;
    // step keys differ per capability), and every job the old release left at a send step ran so
    Map<String, List<Row>> sentByInstance = addedSent.stream().filter(r -> r.processInstanceId() != null)
        .collect(Collectors.groupingBy(Row::processInstanceId));
    Map<String, Long> mailsOfStep = new HashMap<>();
    for (Map<String, Object> step : sendSteps) {
      Instant from = instant((String) step.get("startTime"));
      Instant to = instant((String) step.get("endTime")).plusMillis(1);
      String where = step.get("processInstanceId") + "/" + step.get("activityId");
      long mails = sentByInstance.getOrDefault((String) step.get("processInstanceId"), List.of()).stream()
          .filter(r -> !r.createdAt().isBefore(from) && r.createdAt().isBefore(to)).count();
      mailsOfStep.merge(where, mails, Long::sum);
      if (mails == 0) {
        problems.add("send step " + step.get("activityId") + " of " + step.get("processInstanceId") + " ("
            + step.get("processDefinitionKey") + ") ran on the new side and logged no mail");
      }
    }
    text.append(sendSteps.size()).append(" send steps ran on the new side, each logged its mails: ")
        .append(sendSteps.size() - problems.stream().filter(p -> p.startsWith("send step ")).count()).append('\n');
    Set<String> sendTaskIds = currentSendTasks();
    int pendingSends = 0;
    for (Baseline.WaitState state : baseline.waitStates()) {
      for (Baseline.Instance instance : state.instances()) {
        for (Baseline.Job job : instance.jobs()) {
          if (job.jobType().startsWith("timer") || !sendTaskIds.contains(job.activityId())) {
            continue;
          }
          pendingSends++;
          Long sent = mailsOfStep.get(instance.id() + "/" + job.activityId());
          text.append("- v0.1.0 left the job of ").append(job.activityId()).append(" of ")
              .append(state.waiting().businessKey()).append(": ").append(sent == null ? "NOT RUN" : sent + " mail(s)")
              .append(" on the new side\n");
          if (sent == null || sent == 0) {
            problems.add(state.waiting().businessKey() + ": the pending mail job " + job.activityId() + " sent nothing");
          }
        }
      }
    }
    if (pendingSends == 0) {
      problems.add("the baseline has no pending job at a send step: nothing shows that pending mails go out");
    }

    // the mail server: one message per new log entry, nobody two messages with one subject
    Set<String> oldMessageIds = baseline.mails().stream().map(Baseline.Mail::messageId).collect(Collectors.toSet());
    Map<String, Set<String>> deliveries = new TreeMap<>();
    baseline.mails().forEach(m -> m.to().forEach(to -> deliveries.computeIfAbsent(to + " | " + m.subject(),
        k -> new HashSet<>()).add(m.messageId())));
    Set<String> newMessageIds = new TreeSet<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      String id = messageId(message);
      if (oldMessageIds.contains(id)) {
        continue;
      }
      newMessageIds.add(id);
      Mails.addresses(message).forEach(to -> deliveries.computeIfAbsent(to + " | " + Mails.subject(message),
          k -> new HashSet<>()).add(id));
    }
    if (newMessageIds.size() != addedSent.size()) {
      problems.add("the mail server got " + newMessageIds.size() + " messages from the current version, the log says "
          + addedSent.size() + " were sent");
    }
    deliveries.forEach((who, ids) -> {
      if (ids.size() > 1) {
        problems.add(ids.size() + " messages to " + who);
      }
    });
    text.append(newMessageIds.size()).append(" messages from the current version, ").append(oldMessageIds.size())
        .append(" from the old release; nobody got two with one subject: ")
        .append(deliveries.values().stream().noneMatch(ids -> ids.size() > 1)).append('\n');
  }

  /** Ids of the send tasks in the current models (on the test classpath, as in the jar). */
  private static Set<String> currentSendTasks() {
    Set<String> ids = new HashSet<>();
    for (String process : List.of("mentor-recruitment", "academy-qualification", "plan-academy-cohort",
        "mentee-enrollment", "tandem-matching", "tandem-lifecycle", "tandem-closing", "assign-substitute-mentor")) {
      try (InputStream model = CurrentSide.class.getResourceAsStream("/" + process + ".bpmn")) {
        if (model == null) {
          throw new IllegalStateException(process + ".bpmn is not on the classpath");
        }
        BpmnModelInstance instance = Bpmn.readModelFromStream(model);
        instance.getModelElementsByType(SendTask.class).forEach(t -> ids.add(t.getId()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ids;
  }

  // ------------------------------------------------------------------ helpers

  /** The REST API's date format. */
  private static final DateTimeFormatter REST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private static String restTime(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(REST_TIME);
  }

  private static Instant instant(String restTime) {
    return OffsetDateTime.parse(restTime, REST_TIME).toInstant();
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> readLines(Path log) {
    try {
      return Files.readAllLines(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return value == null ? Map.of() : new LinkedHashMap<>((Map<String, Object>) value);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> castList(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
