package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.TaskInputValidation;
import org.springframework.stereotype.Service;

/**
 * A participant asks to end their tandem (the link in every tandem mail): the message
 * {@value org.reversementoring.tandem.process.TandemVariables#END_REQUEST_MESSAGE} starts "Early ending requested" with who asked and
 * why. While a request waits for the coordinators, a second one starts nothing.
 */
@Service
public class EarlyEndingRequests {

  /** The activity whose open task (or its job, as it is asyncBefore) means a request is open. */
  public static final String CLARIFY_TASK = "Task_ClarifyEarlyEnding";
  /** The field of the request page. */
  public static final String REASON_FIELD = "reason";

  /** What became of a request. */
  public enum Outcome { REQUESTED, ALREADY_OPEN, NOT_RUNNING }

  private final TandemService tandems;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  public EarlyEndingRequests(TandemService tandems, RuntimeService runtime, TaskService tasks,
      ManagementService management) {
    this.tandems = tandems;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /** The tandem a link names, or null when there is none. */
  public Tandem tandem(long tandemId) {
    try {
      return tandems.find(tandemId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Asks the coordinators to clarify an early ending. The reason is required, at most 2000
   * characters; refused naming the field {@value #REASON_FIELD}.
   */
  public Outcome request(long tandemId, TandemSide requester, String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new RejectedInputException(REASON_FIELD, "must not be empty");
    }
    if (text.length() > TaskInputValidation.MAX_TEXT_LENGTH) {
      throw new RejectedInputException(REASON_FIELD, "must be at most " + TaskInputValidation.MAX_TEXT_LENGTH + " characters");
    }
    Tandem tandem = tandem(tandemId);
    if (tandem == null || !TandemStatus.RUNNING.contains(tandem.getStatus())) {
      return Outcome.NOT_RUNNING;
    }
    if (isOpen(tandem.getNumber())) {
      return Outcome.ALREADY_OPEN;
    }
    try {
      runtime.createMessageCorrelation(END_REQUEST_MESSAGE)
          .processInstanceBusinessKey(tandem.getNumber())
          .setVariable(END_REQUESTED_BY.name(), requester.code())
          .setVariable(END_REQUEST_REASON.name(), text)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      return Outcome.NOT_RUNNING;
    }
    return Outcome.REQUESTED;
  }

  /** Whether a request of this tandem waits for the coordinators. */
  public boolean isOpen(String tandemNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(tandemNumber).taskDefinitionKey(CLARIFY_TASK).count() > 0
        || runtime.createProcessInstanceQuery().processInstanceBusinessKey(tandemNumber).processDefinitionKey(PROCESS_KEY)
            .list().stream().anyMatch(p -> management.createJobQuery().processInstanceId(p.getId())
                .activityId(CLARIFY_TASK).count() > 0);
  }
}
