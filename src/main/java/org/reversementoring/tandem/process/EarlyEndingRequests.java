package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.reversementoring.tandem.EarlyEndings;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemSide;
import org.reversementoring.tandem.TandemStatus;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.stereotype.Service;

/**
 * A participant asks to end their tandem (the link in every tandem mail): the message
 * {@value TandemVariables#END_REQUEST_MESSAGE} starts "Early ending requested" with who asked and
 * why. While a request waits for the coordinators, a second one starts nothing.
 */
@Service
public class EarlyEndingRequests {

  /** The activity whose open task (or its job, as it is asyncBefore) means a request is open. */
  public static final String CLARIFY_TASK = "Task_ClarifyEarlyEnding";

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

  /** Asks the coordinators to clarify an early ending; the reason as {@link EarlyEndings#reason} takes it. */
  public Outcome request(long tandemId, TandemSide requester, String reason) {
    String text = EarlyEndings.reason(reason);
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
