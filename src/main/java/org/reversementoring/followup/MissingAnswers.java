package org.reversementoring.followup;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.reversementoring.closing.ClosingVariables;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemParticipants;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemSide;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up view: everyone who has not answered yet, across all tandems: session logs, session
 * ratings and final feedback still open, the longest waiting first, with who owes it and how to
 * reach them, and whether the organizers are already chasing it. Read from the engine's open
 * tasks, so it is exactly what the processes wait for.
 */
@Service
public class MissingAnswers {

  /** What is missing. */
  public enum Kind { SESSION_LOG, SESSION_RATING, FINAL_FEEDBACK }

  /**
   * One answer still missing.
   *
   * @param session the session's position for a log or rating, else null
   * @param chased  whether the organizers or the coordinators are chasing it (a log or final feedback)
   */
  public record Missing(String tandemNumber, Kind kind, Integer session, TandemSide side, String name, String email,
      Instant since, boolean chased) {
  }

  private record Answer(Kind kind, TandemSide side) {
  }

  private static final Map<String, Answer> ANSWERS = Map.of(
      "Task_LogSession", new Answer(Kind.SESSION_LOG, TandemSide.MENTOR),
      "Task_RateSession", new Answer(Kind.SESSION_RATING, TandemSide.MENTEE),
      "Task_GiveMentorFeedback", new Answer(Kind.FINAL_FEEDBACK, TandemSide.MENTOR),
      "Task_GiveMenteeFeedback", new Answer(Kind.FINAL_FEEDBACK, TandemSide.MENTEE));
  private static final Set<String> CHASES = Set.of("Task_ChaseSessionLog", "Task_FollowUpWithTandem",
      "Task_ChaseMissingFeedback", "Task_FollowUpMissingFeedback");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final TandemService tandems;
  private final TandemParticipants participants;

  public MissingAnswers(TaskService tasks, RuntimeService runtime, TandemService tandems,
      TandemParticipants participants) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.tandems = tandems;
    this.participants = participants;
  }

  @Transactional(readOnly = true)
  public List<Missing> all() {
    List<Task> open = tasks.createTaskQuery()
        .processDefinitionKeyIn(TandemVariables.PROCESS_KEY, ClosingVariables.PROCESS_KEY)
        .taskDefinitionKeyIn(ANSWERS.keySet().toArray(String[]::new))
        .orderByTaskCreateTime().asc().list();
    if (open.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> numbers = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Set<String> chased = tasks.createTaskQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
        .taskDefinitionKeyIn(CHASES.toArray(String[]::new)).list().stream()
        .map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, Optional<TandemParticipants.Participants>> pairs = new HashMap<>();
    return open.stream()
        .map(task -> missing(task, numbers.get(task.getProcessInstanceId()), chased, pairs))
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<Missing> missing(Task task, String number, Set<String> chased,
      Map<String, Optional<TandemParticipants.Participants>> pairs) {
    Answer answer = ANSWERS.get(task.getTaskDefinitionKey());
    Optional<TandemParticipants.Participants> pair = pairs.computeIfAbsent(number == null ? "" : number,
        key -> tandems.findByNumber(key).map(Tandem::getId).map(participants::of));
    Integer session = answer.kind() == Kind.FINAL_FEEDBACK ? null
        : (Integer) runtime.getVariable(task.getExecutionId(), TandemVariables.SESSION_POSITION.name());
    return pair.map(found -> {
      TandemParticipants.Person person = found.person(answer.side());
      return new Missing(number, answer.kind(), session, answer.side(), person.fullName(), person.email(),
          task.getCreateTime().toInstant(),
          answer.kind() != Kind.SESSION_RATING && chased.contains(task.getProcessInstanceId()));
    });
  }
}
