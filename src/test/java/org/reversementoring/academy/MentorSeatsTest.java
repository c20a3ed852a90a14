package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.Mailer;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorApplication;

/** A selected mentor's seat, found by the application: taken, and given back on withdrawal. */
class MentorSeatsTest {

  private final ApplicationService applications = mock(ApplicationService.class);
  private final SeatAllocation seats = mock(SeatAllocation.class);
  private final AcademyMails mails = mock(AcademyMails.class);
  private final Mailer mailer = mock(Mailer.class);
  private final MentorSeats mentorSeats = new MentorSeats(applications, seats, mails, mailer);
  private final MentorApplication application = mock(MentorApplication.class);

  @BeforeEach
  void setUp() {
    Mentor mentor = mock(Mentor.class);
    when(mentor.getId()).thenReturn(3L);
    when(mentor.getFullName()).thenReturn("Zoë Łukasiewicz-Müller");
    when(application.getMentor()).thenReturn(mentor);
    when(applications.find(7L)).thenReturn(application);
  }

  @Test
  void seatsTheMentorOfTheApplicationAfterThePreviousEnrollment() {
    Enrollment enrollment = mock(Enrollment.class);
    when(enrollment.getId()).thenReturn(12L);
    when(seats.enrolInNextCohort(3L, 11L)).thenReturn(Optional.of(enrollment));

    assertThat(mentorSeats.enrol(7L, 11L)).isEqualTo(new MentorSeats.Seating(12L, "Zoë Łukasiewicz-Müller"));
  }

  @Test
  void withoutAFreeSeatTheSeatingHasNoEnrollment() {
    when(seats.enrolInNextCohort(3L, null)).thenReturn(Optional.empty());

    assertThat(mentorSeats.enrol(7L, null)).isEqualTo(new MentorSeats.Seating(null, "Zoë Łukasiewicz-Müller"));
  }

  @Test
  void aWithdrawalReleasesTheHeldSeatAndThenSendsTheCancellations() {
    Enrollment enrollment = mock(Enrollment.class);
    when(enrollment.getId()).thenReturn(12L);
    when(seats.currentEnrollment(3L)).thenReturn(Optional.of(enrollment));
    MailMessage toMentor = mock(MailMessage.class);
    MailMessage copy = mock(MailMessage.class);
    when(mails.seatReleased(application, enrollment, "pi-9/Task_ReleaseAcademySeat", "pi-9"))
        .thenReturn(List.of(toMentor, copy));

    mentorSeats.releaseOnWithdrawal(7L, "pi-9/Task_ReleaseAcademySeat", "pi-9");

    InOrder order = inOrder(seats, mailer);
    order.verify(seats).release(12L);
    order.verify(mailer).send(toMentor);
    order.verify(mailer).send(copy);
  }

  @Test
  void aWithdrawalWithoutASeatDoesNothing() {
    when(seats.currentEnrollment(3L)).thenReturn(Optional.empty());

    mentorSeats.releaseOnWithdrawal(7L, "pi-9/Task_ReleaseAcademySeat", "pi-9");

    verify(seats, never()).release(anyLong());
    verify(mails, never()).seatReleased(any(), any(), any(), any());
    verifyNoInteractions(mailer);
  }
}
