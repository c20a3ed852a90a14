package org.reversementoring.operations.upgrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * How running instances of one process move from a model of an earlier release to the current
 * model: every activity that kept its id, type and sub-process is mapped to itself (Camunda's
 * {@code mapEqualActivities()}), plus what this entry says differs. An entry is written by
 * comparing the earlier release's model ({@code git show <commit>:processes/<key>.bpmn}) with the
 * current one; see {@link ProcessUpgrades} for the table and docs/releases.md for each release's
 * notes.
 *
 * @param processKey the process definition key
 * @param decision why the process's instances are migrated this way, in words (logged at start)
 * @param renamedActivities activity id in an earlier model to its id in the current one (an
 *     activity that moved into or out of a sub-process keeps its id but is listed here too)
 * @param changedEventTriggers current ids of timers, messages and signals whose definition
 *     changed: their waiting events are created anew from the current model
 *     ({@code updateEventTrigger()}); a timer listed here gets a new due date
 * @param setVariables variables every migrated instance gets on its process instance
 * @param afterMigration what each migrated instance needs beyond the mapping (e.g. a variable
 *     renamed or retyped, local variables the current model gives a step), run in the transaction
 *     of its migration
 */
public record ProcessUpgrade(String processKey, String decision, Map<String, String> renamedActivities,
    Set<String> changedEventTriggers, Map<String, Object> setVariables, List<InstanceStep> afterMigration) {

  /** A change to one migrated instance, run in its migration's transaction. */
  public interface InstanceStep {

    /** In words, for the log and the docs. */
    String description();

    void apply(ProcessEngineServices engine, String processInstanceId);
  }

  public ProcessUpgrade {
    renamedActivities = Map.copyOf(renamedActivities);
    changedEventTriggers = Set.copyOf(changedEventTriggers);
    setVariables = new LinkedHashMap<>(setVariables);
    afterMigration = List.copyOf(afterMigration);
  }

  /** Instances of this process move to the current model by mapping every equal activity, nothing else. */
  public static ProcessUpgrade migrate(String processKey, String decision) {
    return new ProcessUpgrade(processKey, decision, Map.of(), Set.of(), Map.of(), List.of());
  }

  public ProcessUpgrade renamed(String earlierActivityId, String currentActivityId) {
    Map<String, String> renamed = new LinkedHashMap<>(renamedActivities);
    renamed.put(earlierActivityId, currentActivityId);
    return new ProcessUpgrade(processKey, decision, renamed, changedEventTriggers, setVariables, afterMigration);
  }

  public ProcessUpgrade eventTriggerChanged(String currentActivityId) {
    Set<String> changed = new LinkedHashSet<>(changedEventTriggers);
    changed.add(currentActivityId);
    return new ProcessUpgrade(processKey, decision, renamedActivities, changed, setVariables, afterMigration);
  }

  public ProcessUpgrade afterMigration(InstanceStep step) {
    List<InstanceStep> steps = new ArrayList<>(afterMigration);
    steps.add(step);
    return new ProcessUpgrade(processKey, decision, renamedActivities, changedEventTriggers, setVariables, steps);
  }

  /** What the entry adds to {@code mapEqualActivities()}, in words. */
  public String summary() {
    List<String> parts = new ArrayList<>();
    renamedActivities.forEach((from, to) -> parts.add(from + " -> " + to));
    changedEventTriggers.forEach(id -> parts.add("new trigger " + id));
    setVariables.keySet().forEach(name -> parts.add("sets " + name));
    afterMigration.forEach(step -> parts.add(step.description()));
    return parts.isEmpty() ? "equal activities only" : "equal activities; " + String.join("; ", parts);
  }
}
