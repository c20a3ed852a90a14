package org.reversementoring.operations.upgrade;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.task.Task;

/**
 * The upgrade path of every process of the program: at every start, right after the deployment
 * and before the job executor runs, each running instance of an earlier version moves to the
 * current version ({@link RunningInstanceMigration}). No process keeps instances on an old
 * model: an old model's steps name beans of the release that deployed it (e.g. v0.1.0's
 * {@code ${recruitmentMail}}), and this release's code does not serve them.
 *
 * <p>What differs from the earlier releases' models, per process (README "Upgrading",
 * docs/releases.md). From v0.1.0 ({@code eed2723}) to now every activity kept its id, its
 * sub-process and its behaviour: the mail service tasks became send tasks with the same ids (a
 * send task with a delegate expression behaves as a service task, so Camunda maps them), their
 * beans and those of the listeners were renamed ({@code processMail}, {@code taskMail}, one
 * listener per event), task names were reworded; timers kept their periods (the consent's and the
 * matching review's now read them from {@code worklist.DueDateRules}), messages, gateways and
 * conditions are unchanged, and no variable was renamed or retyped (the typed reads accept Integer and
 * Long alike). So {@code mapEqualActivities()} is the whole plan but for one step, marked below.
 *
 * <p>When a release changes a model: compare it with the last release's model and add here what
 * {@code mapEqualActivities()} cannot see (a renamed or moved activity, a changed timer or
 * message, a renamed variable); the upgrade test ({@code ./mvnw -Pupgrade verify}) drives the last
 * release's instances through it.
 */
public final class ProcessUpgrades {

  /** The activity of the Academy's trainer task; its answers are the task's own since 61e6115. */
  static final String RECORD_MODULE_RESULT = "Task_RecordModuleResult";
  static final List<String> MODULE_ANSWERS = List.of("attended", "passed", "trainerRemark");

  private static final List<ProcessUpgrade> ALL = List.of(
      ProcessUpgrade.migrate("mentor-recruitment", "applications wait weeks (consent, review, interview) and"
          + " call the Academy; v0.1.0's mail steps name beans that are gone"),
      ProcessUpgrade.migrate("academy-qualification", "a qualification waits for cohorts and module results"
          + " for weeks; v0.1.0's mail steps and the trainer task's listener name beans that are gone")
          .afterMigration(new ModuleAnswersStayWithTheTask()),
      ProcessUpgrade.migrate("plan-academy-cohort", "only an asynchronous step can wait; migrated like the"
          + " rest so that no instance runs on a model this release does not test"),
      ProcessUpgrade.migrate("mentee-enrollment", "enrollments wait for the coordinators; v0.1.0's mail steps"
          + " name beans that are gone"),
      ProcessUpgrade.migrate("tandem-matching", "a proposal waits for its review and reminder; v0.1.0's"
          + " reminder and outcome steps name beans that are gone"),
      ProcessUpgrade.migrate("tandem-lifecycle", "a tandem runs for months (kickoff, sessions, follow-ups,"
          + " substitute, early ending); v0.1.0's mail steps and task listeners name beans that are gone"),
      ProcessUpgrade.migrate("tandem-closing", "closing waits for final feedback and the coordinators'"
          + " decision; v0.1.0's mail steps and task listeners name beans that are gone"),
      ProcessUpgrade.migrate("assign-substitute-mentor", "runs through in one transaction, so no instance"
          + " waits; listed so that every process has its decision"),
      ProcessUpgrade.migrate("coordinator-digest", "an hourly run waits only on its mail step (retrying after a"
          + " mail outage); migrated like the rest"));

  private ProcessUpgrades() {
  }

  /** Every process's upgrade, by process key. */
  public static Map<String, ProcessUpgrade> byProcessKey() {
    return ALL.stream().collect(Collectors.toMap(ProcessUpgrade::processKey, Function.identity(),
        (a, b) -> {
          throw new IllegalStateException("Two upgrades for " + a.processKey());
        }, LinkedHashMap::new));
  }

  /**
   * academy-qualification: since 61e6115 the trainer's answers ({@code attended}, {@code passed},
   * {@code trainerRemark}) are local variables of "Record module result" (empty input parameters),
   * so they never reach the process and the next module's form opens empty. A task created by an
   * earlier model has no such variables: the migration gives them to it, empty, as the current
   * model does when it creates the task.
   */
  static final class ModuleAnswersStayWithTheTask implements ProcessUpgrade.InstanceStep {

    @Override
    public String description() {
      return RECORD_MODULE_RESULT + " gets " + MODULE_ANSWERS + " as its own (empty) variables";
    }

    @Override
    public void apply(ProcessEngineServices engine, String processInstanceId) {
      for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(RECORD_MODULE_RESULT).list()) {
        Map<String, Object> present = engine.getRuntimeService().getVariablesLocal(task.getExecutionId(), MODULE_ANSWERS);
        Map<String, Object> missing = new HashMap<>();
        MODULE_ANSWERS.stream().filter(name -> !present.containsKey(name)).forEach(name -> missing.put(name, null));
        if (!missing.isEmpty()) {
          engine.getRuntimeService().setVariablesLocal(task.getExecutionId(), missing);
        }
      }
    }
  }
}
