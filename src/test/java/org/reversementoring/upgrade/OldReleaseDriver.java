package org.reversementoring.upgrade;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the old release, over its REST API only, to every kind of wait state of every process and
 * leaves one instance in each (see {@link #reachEveryWaitState()}). The old app runs with its job
 * executor off: the driver runs each job itself ({@code POST /job/{id}/execute}, timers included,
 * which is how a timer "fires" without waiting days), so a job it does not run stays pending. It
 * acts as the demo administrator ({@code admin}/{@code admin-demo}, camunda-admin) over HTTP Basic,
 * which v0.1.0 checked with Camunda's {@code ProcessEngineAuthenticationFilter} registered by hand
 * (identity.RestApiSecurityConfiguration at eed2723); v0.1.0 did not yet bind a task to its
 * assignee's login, so the administrator completes every task.
 *
 * <p>Everything here speaks v0.1.0's contract: process keys, task and event ids, message names and
 * form fields as they were at that commit. Those are the names the upgrade promises to keep.
 */
final class OldReleaseDriver {

  static final ZoneId PROGRAM_ZONE = ZoneId.of("Europe/Berlin");
  private static final String SUPERVISOR = "sven.vogel@example.com";
  private static final String MENTORS_DEPARTMENT = "Vehicle electronics";
  private static final String EXECUTIVES_DEPARTMENT = "Finance";
  /** Tandems of the first matching, one per tandem wait state below. */
  private static final int TANDEMS = 10;

  private final EngineRest rest;
  private final List<WaitingInstance> reached = new ArrayList<>();
  /** Application number to the applicant's email. */
  private final Map<String, String> applicants = new LinkedHashMap<>();

  OldReleaseDriver(EngineRest rest) {
    this.rest = rest;
  }

  /**
   * Every wait state, in an order that gives each what it needs: the Academy cohort has exactly
   * the seats of the mentors who go through it, so the next selected mentor waits for a cohort;
   * the first matching pairs the ten executives with the ten mentors of another department; the
   * two spare mentors (same department as those executives, so never paired with them) are the
   * substitute and the pool of the second matching, which is left at its review.
   */
  List<WaitingInstance> reachEveryWaitState() {
    applicationWithReceiptMailNotYetSent();
    applicationWaitingForSupervisorConsent();
    applicationWhoseSupervisorWasRemindedAndChased();
    applicationWaitingForReview();
    applicationWaitingForInterviewResult();

    List<String> tandemMentors = selectMentors("mentor", TANDEMS, MENTORS_DEPARTMENT);
    List<String> spareMentors = selectMentors("spare", 2, EXECUTIVES_DEPARTMENT);
    String beforeModule = selectMentors("academy-timer", 1, MENTORS_DEPARTMENT).get(0);
    String awaitingResult = selectMentors("academy-result", 1, MENTORS_DEPARTMENT).get(0);
    List<String> throughTheAcademy = new ArrayList<>(tandemMentors);
    throughTheAcademy.addAll(spareMentors);
    throughTheAcademy.addAll(List.of(beforeModule, awaitingResult));
    planCohortAndOfferItsSeats("Academy cohort A", throughTheAcademy.size(), 20);
    throughTheAcademy.forEach(this::runJobs);
    tandemMentors.forEach(this::passEveryModule);
    spareMentors.forEach(this::passEveryModule);
    mentorBeforeTheirFirstModule(beforeModule);
    mentorWaitingForAModuleResult(awaitingResult);
    selectedMentorWaitingForACohort();
    cohortPlannedButSeatsNotYetOffered();

    enrollmentWithReceiptMailNotYetSent();
    enrollmentWaitingForConfirmation();

    for (int i = 1; i <= TANDEMS; i++) {
      waitlistedExecutive("exec" + i, EXECUTIVES_DEPARTMENT);
    }
    List<String> tandems = approvedMatching("Tandems A", TANDEMS);
    tandemWithKickoffInvitationNotYetSent(tandems.get(0));
    tandemWaitingForGoalsAndCadence(tandems.get(1));
    tandemWaitingForKickoffConfirmation(tandems.get(2));
    tandemBetweenSessions(tandems.get(3));
    tandemWaitingForSessionLogAndRating(tandems.get(4));
    silentTandemWaitingForFollowUp(tandems.get(5));
    tandemInClosingWaitingForFinalFeedback(tandems.get(6));
    tandemInClosingWaitingForExtendOrClose(tandems.get(7));
    tandemWithSubstituteInvitationsNotYetSent(tandems.get(8), spareMentors.get(0));
    tandemWithEndRequestWaitingForClarification(tandems.get(9));

    matchingWaitingForReview();
    return List.copyOf(reached);
  }

  // ---------------------------------------------------------------- mentor-recruitment

  /** Started, "Confirm receipt to applicant" (asyncBefore) not run: an async mail job left. */
  void applicationWithReceiptMailNotYetSent() {
    String number = apply("applicant.job", MENTORS_DEPARTMENT);
    expectJob(number, "Task_ConfirmReceipt");
    reached("mentor-recruitment: receipt mail job not yet run", "mentor-recruitment", number,
        "job Task_ConfirmReceipt");
  }

  /** Receipt sent, the supervisor's consent task open, its 5- and 10-day timers pending. */
  void applicationWaitingForSupervisorConsent() {
    String number = apply("applicant.consent", MENTORS_DEPARTMENT);
    runJobs(number);
    expectTask(number, "Task_GiveSupervisorConsent");
    expectTimer(number, "Timer_ConsentReminder");
    expectTimer(number, "Timer_ConsentOverdue");
    reached("mentor-recruitment: waiting for supervisor consent (at its reminder timers)", "mentor-recruitment", number,
        "task Task_GiveSupervisorConsent", "timer Timer_ConsentReminder", "timer Timer_ConsentOverdue");
  }

  /** Both consent timers fired: reminder mailed, "Chase supervisor consent" open beside the consent task. */
  void applicationWhoseSupervisorWasRemindedAndChased() {
    String number = apply("applicant.chased", MENTORS_DEPARTMENT);
    runJobs(number);
    fire(number, "Timer_ConsentReminder");
    fire(number, "Timer_ConsentOverdue");
    expectTask(number, "Task_GiveSupervisorConsent");
    expectTask(number, "Task_ChaseSupervisorConsent");
    reached("mentor-recruitment: supervisor reminded and chased, consent still open", "mentor-recruitment", number,
        "task Task_GiveSupervisorConsent", "task Task_ChaseSupervisorConsent");
  }

  void applicationWaitingForReview() {
    String number = apply("applicant.review", MENTORS_DEPARTMENT);
    runJobs(number);
    complete(number, "Task_GiveSupervisorConsent", Map.of("supervisorDecision", "consent"));
    expectTask(number, "Task_ReviewApplication");
    reached("mentor-recruitment: waiting for the coordinators' review", "mentor-recruitment", number,
        "task Task_ReviewApplication");
  }

  void applicationWaitingForInterviewResult() {
    String number = apply("applicant.interview", MENTORS_DEPARTMENT);
    runJobs(number);
    complete(number, "Task_GiveSupervisorConsent", Map.of("supervisorDecision", "consent"));
    complete(number, "Task_ReviewApplication", Map.of("reviewDecision", "interview", "decisionReason", "Strong topics"));
    expectTask(number, "Task_RecordInterviewResult");
    reached("mentor-recruitment: interview invitation sent, waiting for the interview result", "mentor-recruitment",
        number, "task Task_RecordInterviewResult");
  }

  // ---------------------------------------------------------------- academy-qualification

  /** Enrolled and invited; the first module's "two days before" timer pending. */
  void mentorBeforeTheirFirstModule(String number) {
    expectTimer(number, "Timer_TwoDaysBefore");
    reached("academy-qualification: invited, at the timer before the first module", "mentor-recruitment", number,
        "timer Timer_TwoDaysBefore (call activity CallActivity_QualifyAtAcademy)");
  }

  /** First module held (both timers fired, reminder mailed): "Record module result" open. */
  void mentorWaitingForAModuleResult(String number) {
    fire(number, "Timer_TwoDaysBefore");
    fire(number, "Timer_ModuleHeld");
    expectTask(number, "Task_RecordModuleResult");
    reached("academy-qualification: waiting for a module result", "mentor-recruitment", number,
        "task Task_RecordModuleResult (first module)");
  }

  /** Selected while every cohort is full: "Plan a new Academy cohort" open, waiting for the message. */
  void selectedMentorWaitingForACohort() {
    String number = selectMentors("academy-waiting", 1, MENTORS_DEPARTMENT).get(0);
    expectTask(number, "Task_PlanCohort");
    reached("academy-qualification: waiting for a cohort with a free seat", "mentor-recruitment", number,
        "task Task_PlanCohort", "message AcademyCohortPlanned");
  }

  // ---------------------------------------------------------------- plan-academy-cohort

  /**
   * A second cohort planned, with seats for the waiting mentor and for every application still
   * open; "Offer seats to waiting mentors" (asyncBefore) not run.
   */
  void cohortPlannedButSeatsNotYetOffered() {
    String name = planCohort("Academy cohort B", 12, 40);
    expectJob(name, "Task_AnnounceCohort");
    reached("plan-academy-cohort: seats not yet offered (async job left)", "plan-academy-cohort", name,
        "job Task_AnnounceCohort");
  }

  // ---------------------------------------------------------------- mentee-enrollment

  void enrollmentWithReceiptMailNotYetSent() {
    String number = enrol("exec.job", EXECUTIVES_DEPARTMENT);
    expectJob(number, "Task_ConfirmReceipt");
    reached("mentee-enrollment: receipt mail job not yet run", "mentee-enrollment", number, "job Task_ConfirmReceipt");
  }

  void enrollmentWaitingForConfirmation() {
    String number = enrol("exec.confirm", EXECUTIVES_DEPARTMENT);
    runJobs(number);
    expectTask(number, "Task_ConfirmEnrollment");
    reached("mentee-enrollment: waiting for the coordinators' confirmation", "mentee-enrollment", number,
        "task Task_ConfirmEnrollment");
  }

  // ---------------------------------------------------------------- tandem-matching

  /** A second matching, its proposal waiting for the coordinators, its 3-day reminder pending. */
  void matchingWaitingForReview() {
    waitlistedExecutive("exec.second-matching", "Sales");
    String cohort = startMatching("Tandems B");
    expectTask(cohort, "Task_ReviewMatchingProposal");
    expectTimer(cohort, "Timer_ReviewReminder");
    reached("tandem-matching: waiting for the matching review", "tandem-matching", cohort,
        "task Task_ReviewMatchingProposal", "timer Timer_ReviewReminder");
  }

  // ---------------------------------------------------------------- tandem-lifecycle

  /** Formed by the approval; "Send kickoff invitation with calendar" (asyncBefore) not run. */
  void tandemWithKickoffInvitationNotYetSent(String tandem) {
    expectJob(tandem, "Task_SendKickoffInvitation");
    reached("tandem-lifecycle: kickoff invitation job not yet run", "tandem-lifecycle", tandem,
        "job Task_SendKickoffInvitation");
  }

  void tandemWaitingForGoalsAndCadence(String tandem) {
    runJobs(tandem);
    expectTask(tandem, "Task_AgreeGoalsAndCadence");
    expectTimer(tandem, "Timer_AgreeGoalsReminder");
    reached("tandem-lifecycle: in the kickoff, waiting for goals and cadence", "tandem-lifecycle", tandem,
        "task Task_AgreeGoalsAndCadence", "timer Timer_AgreeGoalsReminder");
  }

  void tandemWaitingForKickoffConfirmation(String tandem) {
    runJobs(tandem);
    agreeGoals(tandem, 2);
    expectTask(tandem, "Task_ConfirmKickoff");
    expectTimer(tandem, "Timer_ConfirmKickoffReminder");
    reached("tandem-lifecycle: in the kickoff, waiting for the executive's confirmation", "tandem-lifecycle", tandem,
        "task Task_ConfirmKickoff", "timer Timer_ConfirmKickoffReminder");
  }

  /** Session 1 of 2 held, logged and rated: the supervisor's check-in open, the next session's timer pending. */
  void tandemBetweenSessions(String tandem) {
    kickOff(tandem, 2);
    holdSession(tandem);
    expectTimer(tandem, "Timer_SessionReminderDue");
    expectTask(tandem, "Task_MidProgramCheckIn");
    reached("tandem-lifecycle: between sessions (timer), mid-program check-in open", "tandem-lifecycle", tandem,
        "timer Timer_SessionReminderDue (session 2)", "task Task_MidProgramCheckIn");
  }

  void tandemWaitingForSessionLogAndRating(String tandem) {
    kickOff(tandem, 2);
    fire(tandem, "Timer_SessionReminderDue");
    fire(tandem, "Timer_SessionOver");
    expectTask(tandem, "Task_LogSession");
    expectTask(tandem, "Task_RateSession");
    expectTimer(tandem, "Timer_LogSessionReminder");
    reached("tandem-lifecycle: session over, waiting for log and rating", "tandem-lifecycle", tandem,
        "task Task_LogSession", "task Task_RateSession", "timer Timer_LogSessionReminder", "timer Timer_SilentTandem");
  }

  /** No log for 21 days: reminder mailed, "Follow up with tandem" open for the coordinators. */
  void silentTandemWaitingForFollowUp(String tandem) {
    kickOff(tandem, 2);
    fire(tandem, "Timer_SessionReminderDue");
    fire(tandem, "Timer_SessionOver");
    complete(tandem, "Task_RateSession", Map.of("sessionRating", 4));
    fire(tandem, "Timer_LogSessionReminder");
    fire(tandem, "Timer_SilentTandem");
    expectTask(tandem, "Task_FollowUpWithTandem");
    expectTask(tandem, "Task_LogSession");
    reached("tandem-lifecycle: silent tandem, waiting for the coordinators' follow-up", "tandem-lifecycle", tandem,
        "task Task_FollowUpWithTandem", "task Task_LogSession");
  }

  /** The only session held: the lifecycle waits in its call activity, tandem-closing for both final feedbacks. */
  void tandemInClosingWaitingForFinalFeedback(String tandem) {
    kickOff(tandem, 1);
    holdSession(tandem);
    completeIfOpen(tandem, "Task_MidProgramCheckIn", Map.of("checkInAssessment", "ON_TRACK"));
    expectTask(tandem, "Task_GiveMentorFeedback");
    expectTask(tandem, "Task_GiveMenteeFeedback");
    reached("tandem-closing: in closing, waiting for final feedback", "tandem-lifecycle", tandem,
        "task Task_GiveMentorFeedback", "task Task_GiveMenteeFeedback", "timer StartEvent_SevenDaysWithoutFeedback",
        "call activity CallActivity_CloseTandem");
  }

  void tandemInClosingWaitingForExtendOrClose(String tandem) {
    kickOff(tandem, 1);
    holdSession(tandem);
    completeIfOpen(tandem, "Task_MidProgramCheckIn", Map.of("checkInAssessment", "ON_TRACK"));
    complete(tandem, "Task_GiveMentorFeedback", finalFeedback());
    complete(tandem, "Task_GiveMenteeFeedback", finalFeedback());
    expectTask(tandem, "Task_ExtendOrClose");
    reached("tandem-closing: in closing, waiting for extend or close", "tandem-lifecycle", tandem,
        "task Task_ExtendOrClose", "call activity CallActivity_CloseTandem");
  }

  /**
   * A coordinator names a substitute (process assign-substitute-mentor, message SubstituteMentor):
   * the hand-over ran, "Send new invitations" (asyncBefore) not yet.
   */
  void tandemWithSubstituteInvitationsNotYetSent(String tandem, String substituteNumber) {
    kickOff(tandem, 2);
    rest.start("assign-substitute-mentor", Map.of("tandemNumber", tandem,
        "substituteEmail", emailOfApplication(substituteNumber)));
    expectJob(tandem, "Task_SendSubstituteInvitations");
    expectTimer(tandem, "Timer_SessionReminderDue");
    reached("tandem-lifecycle: substitute assigned, new invitations job not yet run", "tandem-lifecycle", tandem,
        "job Task_SendSubstituteInvitations", "timer Timer_SessionReminderDue");
  }

  /** The executive asked to end (message TandemEndRequested): "Clarify early ending" open. */
  void tandemWithEndRequestWaitingForClarification(String tandem) {
    kickOff(tandem, 2);
    rest.correlate("TandemEndRequested", tandem, Map.of("endRequestedBy", "mentee",
        "endRequestReason", "Our calendars never fit"));
    runJobs(tandem);
    expectTask(tandem, "Task_ClarifyEarlyEnding");
    expectTimer(tandem, "Timer_SessionReminderDue");
    reached("tandem-lifecycle: end requested, waiting for the coordinators", "tandem-lifecycle", tandem,
        "task Task_ClarifyEarlyEnding", "timer Timer_SessionReminderDue");
  }

  // ---------------------------------------------------------------- journeys the states build on

  private List<String> selectMentors(String prefix, int count, String department) {
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String number = apply(count == 1 ? prefix : prefix + i, department);
      runJobs(number);
      complete(number, "Task_GiveSupervisorConsent", Map.of("supervisorDecision", "consent"));
      complete(number, "Task_ReviewApplication", Map.of("reviewDecision", "interview", "decisionReason", "Strong topics"));
      complete(number, "Task_RecordInterviewResult", Map.of("interviewResult", "select",
          "decisionReason", "Explains apps patiently"));
      numbers.add(number);
    }
    return numbers;
  }

  private void passEveryModule(String number) {
    int modules = 0;
    while (!rest.instancesWithBusinessKey(number).isEmpty()) {
      fire(number, "Timer_TwoDaysBefore");
      fire(number, "Timer_ModuleHeld");
      complete(number, "Task_RecordModuleResult", Map.of("attended", true, "passed", true));
      if (++modules > 5) {
        throw new IllegalStateException(number + " still runs after " + modules + " modules");
      }
    }
  }

  private void planCohortAndOfferItsSeats(String name, int seats, int daysAhead) {
    runJobs(planCohort(name, seats, daysAhead));
  }

  private String planCohort(String name, int seats, int daysAhead) {
    String firstModule = ZonedDateTime.now(PROGRAM_ZONE).plusDays(daysAhead).toLocalDate().atTime(10, 0)
        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    return rest.start("plan-academy-cohort", Map.of("cohortName", name, "cohortLocation", "Academy, room 3.14, Munich",
        "trainerName", "Tina Kramer", "trainerEmail", "tina.kramer@example.com", "capacity", seats,
        "firstModuleStart", firstModule, "daysBetweenModules", 1)).businessKey();
  }

  private void waitlistedExecutive(String name, String department) {
    String number = enrol(name, department);
    runJobs(number);
    complete(number, "Task_ConfirmEnrollment", Map.of("enrollmentDecision", "confirm"));
  }

  private String startMatching(String cohort) {
    String key = rest.start("tandem-matching", Map.of("cohortName", cohort,
        "tandemStartDate", LocalDate.now(PROGRAM_ZONE).toString())).businessKey();
    runJobs(key);
    return key;
  }

  /** A matching approved as proposed: the tandem numbers of its lifecycles, kickoff invitations not yet sent. */
  private List<String> approvedMatching(String cohort, int expectedTandems) {
    List<String> before = tandemNumbers();
    String key = startMatching(cohort);
    complete(key, "Task_ReviewMatchingProposal", Map.of("matchingDecision", "approve"));
    List<String> formed = new ArrayList<>(tandemNumbers());
    formed.removeAll(before);
    if (formed.size() != expectedTandems) {
      throw new IllegalStateException("Matching " + cohort + " formed " + formed + ", expected " + expectedTandems);
    }
    return formed;
  }

  private List<String> tandemNumbers() {
    return rest.processInstances(Map.of("processDefinitionKey", "tandem-lifecycle")).stream()
        .map(p -> (String) p.get("businessKey")).sorted().toList();
  }

  private void agreeGoals(String tandem, int sessions) {
    complete(tandem, "Task_AgreeGoalsAndCadence", Map.of("goals", "Use AI tools at work\nRun a team channel",
        "cadenceWeeks", 1, "sessionCount", sessions, "sessionMinutes", 60));
  }

  /** Invitation sent, goals agreed, kickoff confirmed: the tandem is active, its first session planned. */
  private void kickOff(String tandem, int sessions) {
    runJobs(tandem);
    agreeGoals(tandem, sessions);
    complete(tandem, "Task_ConfirmKickoff", Map.of("kickoffDecision", "confirm"));
    expectTimer(tandem, "Timer_SessionReminderDue");
  }

  /** The next session: reminder a day before, the time over, logged by the mentor and rated by the executive. */
  private void holdSession(String tandem) {
    fire(tandem, "Timer_SessionReminderDue");
    fire(tandem, "Timer_SessionOver");
    complete(tandem, "Task_LogSession", Map.of("sessionHeld", true, "heldMinutes", 60,
        "sessionTopics", "[\"ai-tools\"]", "sessionNotes", "Tried three AI tools"));
    complete(tandem, "Task_RateSession", Map.of("sessionRating", 5));
  }

  private static Map<String, Object> finalFeedback() {
    return Map.of("overallRating", 5, "learned", "How my team could use AI tools", "wouldRecommend", true,
        "wouldTakePartAgain", true);
  }

  private String apply(String name, String department) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("firstName", "Zoë");
    form.put("lastName", "Łukasiewicz-" + name);
    form.put("email", name + "@example.com");
    form.put("occupation", "Mechatronics technician");
    form.put("trainingYear", 2);
    form.put("department", department);
    form.put("location", "Munich");
    form.put("supervisorEmail", SUPERVISOR);
    form.put("topics", "[\"connected-car\",\"ai-tools\"]");
    form.put("motivation", "I explain connected-car apps to my grandparents every week.");
    form.put("language", "en");
    form.put("birthYear", 2007);
    form.put("availability", "[\"TUE-AM\",\"THU-PM\"]");
    form.put("privacyConsent", true);
    String number = rest.start("mentor-recruitment", form).businessKey();
    applicants.put(number, name + "@example.com");
    return number;
  }

  private String enrol(String name, String department) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("firstName", "Jürgen");
    form.put("lastName", "Öztürk-" + name);
    form.put("email", name + "@example.com");
    form.put("department", department);
    form.put("managementLevel", "head-of-department");
    form.put("birthYear", 1968);
    form.put("topics", "[\"ai-tools\",\"social-media\"]");
    form.put("language", "de");
    form.put("location", "Munich");
    form.put("availability", "[\"TUE-AM\",\"THU-PM\"]");
    form.put("exclusions", "[]");
    return rest.start("mentee-enrollment", form).businessKey();
  }

  /** The email an application was made with. */
  private String emailOfApplication(String number) {
    return applicants.get(number);
  }

  // ---------------------------------------------------------------- engine steps over REST

  /** Runs the async continuations (not the timers) of every instance with this business key, until none is left. */
  void runJobs(String businessKey) {
    for (int round = 0; round < 50; round++) {
      int ran = 0;
      for (Map<String, Object> instance : rest.instancesWithBusinessKey(businessKey)) {
        for (Map<String, Object> job : rest.jobs(Map.of("processInstanceId", (String) instance.get("id"),
            "messages", "true"))) {
          rest.executeJob((String) job.get("id"));
          ran++;
        }
      }
      if (ran == 0) {
        return;
      }
    }
    throw new IllegalStateException("Jobs of " + businessKey + " keep coming");
  }

  /** Executes the timer now, whatever its due date, then the jobs that follow. */
  private void fire(String businessKey, String timerActivityId) {
    Map<String, Object> timer = job(businessKey, timerActivityId, "timers");
    rest.executeJob((String) timer.get("id"));
    runJobs(businessKey);
  }

  private void complete(String businessKey, String taskKey, Map<String, Object> variables) {
    rest.complete((String) task(businessKey, taskKey).get("id"), variables);
    runJobs(businessKey);
  }

  private void completeIfOpen(String businessKey, String taskKey, Map<String, Object> variables) {
    if (!tasks(businessKey, taskKey).isEmpty()) {
      complete(businessKey, taskKey, variables);
    }
  }

  private Map<String, Object> task(String businessKey, String taskKey) {
    List<Map<String, Object>> tasks = tasks(businessKey, taskKey);
    if (tasks.size() != 1) {
      throw new IllegalStateException(businessKey + ": expected one open " + taskKey + ", found " + tasks.size()
          + "; open tasks: " + EngineRest.strings(tasks(businessKey, null), "taskDefinitionKey"));
    }
    return tasks.get(0);
  }

  private List<Map<String, Object>> tasks(String businessKey, String taskKey) {
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (Map<String, Object> instance : rest.instancesWithBusinessKey(businessKey)) {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("processInstanceId", (String) instance.get("id"));
      if (taskKey != null) {
        query.put("taskDefinitionKey", taskKey);
      }
      tasks.addAll(rest.tasks(query));
    }
    return tasks;
  }

  private Map<String, Object> job(String businessKey, String activityId, String kind) {
    for (Map<String, Object> instance : rest.instancesWithBusinessKey(businessKey)) {
      List<Map<String, Object>> jobs = rest.jobs(Map.of("processInstanceId", (String) instance.get("id"),
          "activityId", activityId, kind, "true"));
      if (!jobs.isEmpty()) {
        return jobs.get(0);
      }
    }
    throw new IllegalStateException(businessKey + ": no " + kind + " job at " + activityId + "; open tasks: "
        + EngineRest.strings(tasks(businessKey, null), "taskDefinitionKey"));
  }

  private void expectTask(String businessKey, String taskKey) {
    task(businessKey, taskKey);
  }

  private void expectTimer(String businessKey, String activityId) {
    job(businessKey, activityId, "timers");
  }

  private void expectJob(String businessKey, String activityId) {
    job(businessKey, activityId, "messages");
  }

  private void reached(String waitState, String processKey, String businessKey, String... waitsFor) {
    reached.add(new WaitingInstance(waitState, processKey, businessKey, List.of(waitsFor)));
  }
}
