package org.reversementoring.recruitment;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Tells the people who must act that a task is waiting, with a link straight to it. Runs when
 * the task is created; the task is asyncBefore, so a mail failure retries the job and never
 * rolls back the previous person's work.
 */
@Component("recruitmentTaskMail")
@Scope("prototype")
public class RecruitmentTaskMailListener implements TaskListener {

  private final RecruitmentMails mails;
  private Expression template;
  private Expression recipient;

  public RecruitmentTaskMailListener(RecruitmentMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.send(String.valueOf(template.getValue(task)),
        RecruitmentMails.Recipient.valueOf(String.valueOf(recipient.getValue(task)).toUpperCase()),
        (Long) task.getVariable(APPLICATION_ID), "task/" + task.getId(),
        task.getProcessInstanceId(), task.getId(), null);
  }
}
