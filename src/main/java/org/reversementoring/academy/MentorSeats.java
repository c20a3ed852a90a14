package org.reversementoring.academy;

import org.reversementoring.notification.Mailer;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorApplication;
import org.springframework.stereotype.Service;

/**
 * A selected mentor's seat, found by their application: taken for the qualification, given back
 * when they withdraw. Knows nothing of Camunda.
 */
@Service
public class MentorSeats {

  /**
   * A seat taken, or none.
   *
   * @param enrollmentId the seat's enrollment; null when no cohort has a free seat
   * @param mentorName   the mentor's full name, shown to the trainer
   */
  public record Seating(Long enrollmentId, String mentorName) {
  }

  private final ApplicationService applications;
  private final SeatAllocation seats;
  private final AcademyMails mails;
  private final Mailer mailer;

  public MentorSeats(ApplicationService applications, SeatAllocation seats, AcademyMails mails, Mailer mailer) {
    this.applications = applications;
    this.seats = seats;
    this.mails = mails;
    this.mailer = mailer;
  }

  /** See {@link SeatAllocation#enrolInNextCohort}: a retake only in a cohort after the previous one. */
  public Seating enrol(long applicationId, Long previousEnrollmentId) {
    Mentor mentor = applications.find(applicationId).getMentor();
    return new Seating(seats.enrolInNextCohort(mentor.getId(), previousEnrollmentId).map(Enrollment::getId)
        .orElse(null), mentor.getFullName());
  }

  /**
   * On withdrawal: gives a held seat back and tells mentor and supervisor that its dates are
   * cancelled (see {@link AcademyMails#seatReleased}). Nothing to do for an applicant who never
   * got that far.
   *
   * @param stepKey the withdrawal step sending the mails, so a retried step does not send twice
   */
  public void releaseOnWithdrawal(long applicationId, String stepKey, String processInstanceId) {
    MentorApplication application = applications.find(applicationId);
    seats.currentEnrollment(application.getMentor().getId()).ifPresent(enrollment -> {
      seats.release(enrollment.getId());
      mails.seatReleased(application, enrollment, stepKey, processInstanceId).forEach(mailer::send);
    });
  }
}
