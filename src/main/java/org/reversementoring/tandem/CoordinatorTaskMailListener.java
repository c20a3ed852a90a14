package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.TANDEM_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
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
    mails.toCoordinators(String.valueOf(template.getValue(task)), (Long) task.getVariable(TANDEM_ID),
        "task/" + task.getId(), task.getProcessInstanceId(), task.getId(),
        quote == null ? null : (String) task.getVariable(String.valueOf(quote.getValue(task))));
  }
}
