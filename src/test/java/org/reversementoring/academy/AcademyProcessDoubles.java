package org.reversementoring.academy;

import static org.reversementoring.academy.AcademyVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Stand-ins for the beans the Academy models call; they record what the process asked for. */
class AcademyProcessDoubles {

  /** Module i of a cohort starts 10 + 7·i days after {@link #start}, ends 3 hours later. */
  final Instant start;
  final List<String> mails = new ArrayList<>();
  final List<String> results = new ArrayList<>();
  final List<String> verdicts = new ArrayList<>();
  /** Enrolment answers in order: an id, or null for "no free seat". */
  final Deque<Long> seats = new ArrayDeque<>();
  /** Evaluation answers in order: ALL_PASSED, or SOME_FAILED with whether a retake is allowed. */
  final Deque<Object[]> evaluations = new ArrayDeque<>();
  List<String> modules = List.of("mentoring-basics", "teaching-adults", "communication-feedback");

  AcademyProcessDoubles(Instant start) {
    this.start = start;
  }

  void register() {
    Mocks.register("enrolInCohort", (JavaDelegate) execution -> {
      ENROLLMENT_ID.set(execution, seats.isEmpty() ? null : seats.poll());
      MENTOR_NAME.set(execution, "Zoë Łukasiewicz-Müller");
    });
    Mocks.register("moduleSchedule", new Schedule());
    Mocks.register("processMail", new MailDouble());
    Mocks.register("taskMail", new TaskMailDouble());
    Mocks.register("nameModule", (TaskListener) task -> {
    });
    Mocks.register("recordModuleResult", (TaskListener) task ->
        results.add(MODULE_KEY.from(task) + ":" + PASSED.from(task)));
    Mocks.register("evaluateQualification", (JavaDelegate) execution -> {
      Object[] answer = evaluations.poll();
      QUALIFICATION_OUTCOME.set(execution, String.valueOf(answer[0]));
      RETAKE_ALLOWED.set(execution, Boolean.TRUE.equals(answer[1]));
    });
    Mocks.register("markQualification", new VerdictDouble());
    Mocks.register("createCohort", (JavaDelegate) execution -> COHORT_ID.set(execution, 7L));
    Mocks.register("announceCohort", (JavaDelegate) execution -> execution.getProcessEngineServices()
        .getRuntimeService().createMessageCorrelation(COHORT_PLANNED_MESSAGE).correlateAll());
  }

  Instant moduleStart(int index) {
    return start.plus(Duration.ofDays(10 + 7L * index));
  }

  public class Schedule {
    public List<String> modulesFor(Long enrollmentId) {
      return modules;
    }

    public Date reminderAt(Long enrollmentId, String moduleKey) {
      return Date.from(moduleStart(modules.indexOf(moduleKey)).minus(Duration.ofDays(2)));
    }

    public Date endsAt(Long enrollmentId, String moduleKey) {
      return Date.from(moduleStart(modules.indexOf(moduleKey)).plus(Duration.ofHours(3)));
    }
  }

  public class MailDouble implements JavaDelegate {
    public Expression template;
    public Expression recipient;

    @Override
    public void execute(DelegateExecution execution) {
      mails.add(template.getValue(execution) + MODULE_KEY.optionalFrom(execution).map(module -> ":" + module).orElse(""));
    }
  }

  public class TaskMailDouble implements TaskListener {
    public Expression template;
    public Expression recipient;

    @Override
    public void notify(DelegateTask task) {
      mails.add(String.valueOf(template.getValue(task)));
    }
  }

  public class VerdictDouble implements JavaDelegate {
    public Expression outcome;

    @Override
    public void execute(DelegateExecution execution) {
      verdicts.add(String.valueOf(outcome.getValue(execution)));
    }
  }
}
