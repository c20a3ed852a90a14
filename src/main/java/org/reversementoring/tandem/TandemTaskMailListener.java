package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Tells the participant a kickoff task is assigned to (BPMN fields {@code template},
 * {@code recipient}) that it waits, with the link. When the mentee asked for changes, the mentor's
 * mail is the {@code -changes} variant quoting them. Runs when the task is created; the task is
 * asyncBefore, so a mail failure retries the job.
 */
@Component("tandemTaskMail")
@Scope("prototype")
public class TandemTaskMailListener implements TaskListener {

  private final TandemMails mails;
  private Expression template;
  private Expression recipient;

  public TandemTaskMailListener(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    TandemMails.Recipient to = TandemMails.Recipient.valueOf(String.valueOf(recipient.getValue(task)).toUpperCase());
    String name = String.valueOf(template.getValue(task));
    String quote = null;
    if (to == TandemMails.Recipient.MENTOR && ASK_FOR_CHANGES.equals(task.getVariable(KICKOFF_DECISION))) {
      name = name + "-changes";
      quote = (String) task.getVariable(KICKOFF_COMMENT);
    }
    mails.toParticipant(name, to, (Long) task.getVariable(TANDEM_ID), "task/" + task.getId(),
        task.getProcessInstanceId(), task.getId(), quote);
  }
}
