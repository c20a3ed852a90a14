package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.TANDEM_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.process.ProcessVariable;
import org.reversementoring.tandem.process.TandemVariables;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Tells the coordinators that a tandem task waits for them (BPMN field {@code template}), with the
 * task link and, when the optional field {@code quote} names a variable, its text quoted (the
 * participant's reason). The task is asyncBefore, so a mail failure retries the job.
 */
@Component("coordinatorTaskMail")
@Scope("prototype")
public class CoordinatorTaskMailListener implements TaskListener {

  private final TandemMails mails;
  private Expression template;
  private Expression quote;

  public CoordinatorTaskMailListener(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.toCoordinators(String.valueOf(template.getValue(task)), TANDEM_ID.from(task),
        "task/" + task.getId(), task.getProcessInstanceId(), task.getId(),
        quote == null ? null : ProcessVariable.string(String.valueOf(quote.getValue(task))).optionalFrom(task).orElse(null));
  }
}
