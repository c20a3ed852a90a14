package org.reversementoring.enrollment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Coordinators hear of each new enrollment with a link to confirm it. */
@Component("enrollmentTaskMail")
public class EnrollmentTaskMailListener implements TaskListener {

  private final EnrollmentMails mails;

  public EnrollmentTaskMailListener(EnrollmentMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.toCoordinators((Long) task.getVariable(EnrollmentVariables.MENTEE_ID), task.getId(), task.getProcessInstanceId());
  }
}
