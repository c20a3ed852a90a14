package org.reversementoring.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.closing.ClosingVariables;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.matching.MatchingVariables;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.tandem.TandemVariables;
import org.reversementoring.worklist.DueDateRules;
import org.springframework.core.io.Resource;

/**
 * The beans the process models call, for the engine floor: each delegate and listener is a no-op
 * unless the model needs a variable from it (a gateway, a timer, an assignee, a loop) or it links
 * processes (a cohort announced, tandems started). What the domain tables would hold (cohorts
 * with seats, qualified mentors, waiting executives, tandems) is kept in memory; no mails.
 * Every bean a model names by {@code delegateExpression} gets at least a no-op; any other
 * expression the floor cannot resolve fails the run.
 */
final class FloorDoubles {

  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
  private static final ZoneId PROGRAM_ZONE = ZoneId.of("Europe/Berlin");
  private static final List<String> MODULES = List.of("mentoring-basics", "teaching-adults", "communication-feedback");

  private final List<Cohort> cohorts = new ArrayList<>();
  private final Map<Long, Cohort> cohortOfEnrollment = new HashMap<>();
  private final List<Long> qualifiedMentors = new ArrayList<>();
  private final List<Long> waitingMentees = new ArrayList<>();
  private final Map<Long, Pair> tandems = new HashMap<>();
  private long lastId;

  /** The beans of the models: every delegate expression's bean, and those of other expressions. */
  Map<Object, Object> beans(List<Resource> models) {
    Map<Object, Object> beans = new HashMap<>();
    for (String name : delegateBeans(models)) {
      beans.put(name, new StandIn((scope, self) -> {
      }));
    }
    Map<String, Object> working = working();
    var unused = new TreeSet<>(working.keySet());
    unused.removeAll(beans.keySet());
    unused.removeAll(List.of("moduleSchedule", "dueDates"));
    if (!unused.isEmpty()) {
      throw new IllegalStateException("Doubles for beans no model calls any more: " + unused);
    }
    beans.putAll(working);
    return beans;
  }

  private Map<String, Object> working() {
    Map<String, Object> beans = new HashMap<>();
    beans.put("dueDates", new DueDateRules());
    beans.put("moduleSchedule", new ModuleSchedule());
    beans.put("registerApplication", new StandIn((scope, self) -> {
      DelegateExecution execution = (DelegateExecution) scope;
      long id = ++lastId;
      execution.setProcessBusinessKey("RMA-" + id);
      execution.removeVariables(ProcessVariable.names(RecruitmentVariables.PERSONAL_FORM_FIELDS));
      RecruitmentVariables.APPLICATION_ID.set(execution, id);
      RecruitmentVariables.APPLICATION_NUMBER.set(execution, "RMA-" + id);
      RecruitmentVariables.SUPERVISOR_USER_ID.set(execution, "supervisor-" + id);
      RecruitmentVariables.TOPIC_COUNT.set(execution, 2);
      RecruitmentVariables.EARLIER_PARTICIPATIONS.set(execution, 0);
    }));
    beans.put("createCohort", new StandIn((scope, self) -> {
      DelegateExecution execution = (DelegateExecution) scope;
      Cohort cohort = new Cohort(LocalDateTime.parse(AcademyVariables.FIRST_MODULE_START.from(execution))
          .atZone(PROGRAM_ZONE).toInstant(), AcademyVariables.DAYS_BETWEEN_MODULES.from(execution),
          AcademyVariables.CAPACITY.from(execution));
      cohorts.add(cohort);
      execution.setProcessBusinessKey(AcademyVariables.COHORT_NAME.from(execution));
      AcademyVariables.COHORT_ID.set(execution, ++lastId);
    }));
    beans.put("announceCohort", new StandIn((scope, self) -> ((DelegateExecution) scope).getProcessEngineServices()
        .getRuntimeService().createMessageCorrelation(AcademyVariables.COHORT_PLANNED_MESSAGE).correlateAll()));
    beans.put("enrolInCohort", new StandIn((scope, self) -> {
      Cohort cohort = cohorts.stream().filter(c -> c.freeSeats > 0).findFirst().orElse(null);
      Long enrollmentId = null;
      if (cohort != null) {
        cohort.freeSeats--;
        enrollmentId = ++lastId;
        cohortOfEnrollment.put(enrollmentId, cohort);
      }
      AcademyVariables.ENROLLMENT_ID.set(scope, enrollmentId);
    }));
    beans.put("evaluateQualification", new StandIn((scope, self) -> {
      AcademyVariables.QUALIFICATION_OUTCOME.set(scope, "ALL_PASSED");
      AcademyVariables.RETAKE_ALLOWED.set(scope, false);
    }));
    beans.put("markQualification", new StandIn((scope, self) -> {
      if ("QUALIFIED".equals(self.outcome.getValue(scope))) {
        qualifiedMentors.add(AcademyVariables.APPLICATION_ID.from(scope));
      }
    }));
    beans.put("registerMentee", new StandIn((scope, self) -> {
      DelegateExecution execution = (DelegateExecution) scope;
      long id = ++lastId;
      execution.setProcessBusinessKey("RME-" + id);
      execution.removeVariables(ProcessVariable.names(EnrollmentVariables.PERSONAL_FORM_FIELDS));
      EnrollmentVariables.MENTEE_ID.set(execution, id);
      EnrollmentVariables.MENTEE_NUMBER.set(execution, "RME-" + id);
    }));
    beans.put("waitlistMentee", new StandIn((scope, self) -> waitingMentees.add(EnrollmentVariables.MENTEE_ID.from(scope))));
    beans.put("proposeTandems", new StandIn((scope, self) ->
        ((DelegateExecution) scope).setProcessBusinessKey(MatchingVariables.COHORT_NAME.from(scope))));
    beans.put("formTandems", new StandIn((scope, self) -> formTandems((DelegateExecution) scope)));
    beans.put("planTandemKickoff", new StandIn((scope, self) -> {
      Pair pair = tandems.get(TandemVariables.TANDEM_ID.from(scope));
      TandemVariables.MENTOR_USER_ID.set(scope, "mentor-" + pair.mentor());
      TandemVariables.MENTEE_USER_ID.set(scope, "mentee-" + pair.mentee());
      TandemVariables.SHARED_SLOT.set(scope, true);
    }));
    beans.put("planTandemSessions", new StandIn((scope, self) -> TandemVariables.SUPERVISOR_USER_ID.set(scope,
        "supervisor-" + tandems.get(TandemVariables.TANDEM_ID.from(scope)).mentor())));
    beans.put("takeUpNextSession", new StandIn((scope, self) -> takeUpNextSession(scope)));
    beans.put("logSession", new StandIn((scope, self) -> {
      DelegateExecution instance = ((DelegateTask) scope).getExecution().getProcessInstance();
      int position = TandemVariables.SESSION_POSITION.from(scope);
      TandemVariables.REPLACEMENT_WANTED.set(instance, false);
      TandemVariables.CHECK_IN_DUE.set(instance, checkInDue(scope));
      TandemVariables.LOGGED_SESSION.set(instance, position);
    }));
    beans.put("rateSession", new StandIn((scope, self) -> TandemVariables.CHECK_IN_DUE.set(
        ((DelegateTask) scope).getExecution().getProcessInstance(), checkInDue(scope))));
    beans.put("prepareClosing", new StandIn((scope, self) -> {
      Pair pair = tandems.get(ClosingVariables.TANDEM_ID.from(scope));
      ClosingVariables.MENTOR_USER_ID.set(scope, "mentor-" + pair.mentor());
      ClosingVariables.MENTEE_USER_ID.set(scope, "mentee-" + pair.mentee());
    }));
    return beans;
  }

  /** Pairs the qualified mentors with the waiting executives, in order, and starts their tandems. */
  private void formTandems(DelegateExecution execution) {
    int count = Math.min(qualifiedMentors.size(), waitingMentees.size());
    for (int i = 0; i < count; i++) {
      long tandemId = ++lastId;
      tandems.put(tandemId, new Pair(qualifiedMentors.get(i), waitingMentees.get(i)));
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(TandemVariables.PROCESS_KEY,
          "RMT-" + tandemId, Map.of(TandemVariables.TANDEM_ID.name(), tandemId));
    }
    qualifiedMentors.subList(0, count).clear();
    waitingMentees.subList(0, count).clear();
  }

  /** The next of the agreed sessions, one cadence from now; none when all are held. */
  private static void takeUpNextSession(VariableScope scope) {
    int position = TandemVariables.SESSION_POSITION.optionalFrom(scope).orElse(0) + 1;
    boolean more = position <= TandemVariables.SESSION_COUNT.from(scope);
    TandemVariables.MORE_SESSIONS.set(scope, more);
    if (more) {
      Instant start = ClockUtil.getCurrentTime().toInstant()
          .plus(Duration.ofDays(7L * TandemVariables.CADENCE_WEEKS.from(scope)));
      TandemVariables.SESSION_POSITION.set(scope, position);
      TandemVariables.SESSION_REMINDER_AT.set(scope, start.minus(Duration.ofDays(1)).toString());
      TandemVariables.SESSION_ENDS_AT.set(scope,
          start.plus(Duration.ofMinutes(TandemVariables.SESSION_MINUTES.from(scope))).toString());
    }
  }

  /** The supervisor checks in once, when half of the sessions are logged. */
  private static boolean checkInDue(VariableScope scope) {
    return TandemVariables.SESSION_POSITION.from(scope) == (TandemVariables.SESSION_COUNT.from(scope) + 1) / 2;
  }

  private static List<String> delegateBeans(List<Resource> models) {
    var names = new TreeSet<String>();
    for (Resource model : models) {
      try {
        Matcher beans = DELEGATE_EXPRESSION.matcher(model.getContentAsString(StandardCharsets.UTF_8));
        while (beans.find()) {
          names.add(beans.group(1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(names);
  }

  private record Pair(long mentor, long mentee) {
  }

  private static final class Cohort {
    final Instant firstModuleStart;
    final int daysBetweenModules;
    int freeSeats;

    Cohort(Instant firstModuleStart, int daysBetweenModules, int capacity) {
      this.firstModuleStart = firstModuleStart;
      this.daysBetweenModules = daysBetweenModules;
      this.freeSeats = capacity;
    }

    Instant moduleStart(String moduleKey) {
      return firstModuleStart.plus(Duration.ofDays((long) daysBetweenModules * MODULES.indexOf(moduleKey)));
    }
  }

  /** The Academy's module dates of an enrollment's cohort; a module lasts three hours. */
  public final class ModuleSchedule {
    public List<String> modulesFor(Long enrollmentId) {
      return MODULES;
    }

    public Date reminderAt(Long enrollmentId, String moduleKey) {
      return Date.from(cohortOfEnrollment.get(enrollmentId).moduleStart(moduleKey).minus(Duration.ofDays(2)));
    }

    public Date endsAt(Long enrollmentId, String moduleKey) {
      return Date.from(cohortOfEnrollment.get(enrollmentId).moduleStart(moduleKey).plus(Duration.ofHours(3)));
    }
  }

  /**
   * Stands in for any delegate or listener: takes every field the models inject (a new field
   * name fails the run) and does its work, if any.
   */
  public static final class StandIn implements JavaDelegate, TaskListener, ExecutionListener {
    public Expression allowed;
    public Expression brief;
    public Expression choice;
    public Expression keyPart;
    public Expression openTaskAssignee;
    public Expression openTaskKey;
    public Expression outcome;
    public Expression reason;
    public Expression recipient;
    public Expression role;
    public Expression status;
    public Expression template;
    public Expression text;
    public Expression textRequired;
    private final BiConsumer<VariableScope, StandIn> work;

    StandIn(BiConsumer<VariableScope, StandIn> work) {
      this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
      work.accept(execution, this);
    }

    @Override
    public void notify(DelegateTask task) {
      work.accept(task, this);
    }

    @Override
    public void notify(DelegateExecution execution) {
      work.accept(execution, this);
    }
  }
}
