package org.reversementoring.academy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.process.RecruitmentVariables;
import org.springframework.stereotype.Component;

/**
 * On withdrawal: gives a held Academy seat back and cancels its calendar entries. Nothing to
 * do for an applicant who never got that far.
 */
@Component("releaseAcademySeat")
public class ReleaseAcademySeatDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private final SeatAllocation seats;
  private final AcademyMails mails;

  public ReleaseAcademySeatDelegate(ApplicationService applications, SeatAllocation seats, AcademyMails mails) {
    this.applications = applications;
    this.seats = seats;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long applicationId = RecruitmentVariables.APPLICATION_ID.from(execution);
    long mentorId = applications.find(applicationId).getMentor().getId();
    seats.currentEnrollment(mentorId).ifPresent(enrollment -> {
      seats.release(enrollment.getId());
      mails.send("academy-seat-released", applicationId, enrollment.getId(), null,
          execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId(),
          execution.getProcessInstanceId(), null);
    });
  }
}
