package org.reversementoring.academy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.recruitment.process.RecruitmentVariables;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Tells the coordinators that a task waits for them, with a link to it. */
@Component("academyTaskMail")
@Scope("prototype")
public class AcademyTaskMailListener implements TaskListener {

  private final AcademyMails mails;
  private Expression template;

  public AcademyTaskMailListener(AcademyMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.send(String.valueOf(template.getValue(task)),
        RecruitmentVariables.APPLICATION_ID.from(task), null, null,
        "task/" + task.getId(), task.getProcessInstanceId(), task.getId());
  }
}
