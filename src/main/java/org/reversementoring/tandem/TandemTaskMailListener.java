package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

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
    if (to == TandemMails.Recipient.MENTOR && ASK_FOR_CHANGES.equals(KICKOFF_DECISION.optionalFrom(task).orElse(null))) {
      name = name + "-changes";
      quote = KICKOFF_COMMENT.optionalFrom(task).orElse(null);
    }
    mails.toParticipant(name, to, TANDEM_ID.from(task), "task/" + task.getId(),
        task.getProcessInstanceId(), task.getId(), quote);
  }
}
