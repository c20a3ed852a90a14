package org.reversementoring.recruitment;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.InputValidator;
import org.reversementoring.common.ReferenceNumbers;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers applications and moves them through their statuses. Knows nothing of Camunda. */
@Service
@Transactional
public class ApplicationService {

  static final String NUMBER_PREFIX = "RMA";

  private final MentorRepository mentors;
  private final MentorApplicationRepository applications;
  private final ReferenceNumbers numbers;
  private final InputValidator validator;
  private final Clock clock;

  public ApplicationService(MentorRepository mentors, MentorApplicationRepository applications,
      ReferenceNumbers numbers, InputValidator validator, Clock clock) {
    this.mentors = mentors;
    this.applications = applications;
    this.numbers = numbers;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Validates and stores an application. Refuses, naming the field, bad input and a second open
   * application of the same person; then nothing is stored.
   */
  public RegisteredApplication register(ApplicationForm form) {
    validator.validate(form);
    List<FieldError> errors = form.crossFieldErrors();
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    Mentor mentor = mentors.lockByEmail(form.normalizedEmail())
        .orElseGet(() -> mentors.save(new Mentor(form)));
    if (applications.existsByMentorAndStatusIn(mentor, ApplicationStatus.OPEN)) {
      throw new RejectedInputException("email",
          "there is already an open application for this address; withdraw it first or wait for its decision");
    }
    mentor.updateFrom(form);
    if (mentor.getStatus() == MentorStatus.WITHDRAWN) {
      mentor.changeStatus(MentorStatus.APPLICANT);
    }
    MentorApplication application = applications.save(new MentorApplication(
        numbers.next(NUMBER_PREFIX, 4), mentor, form, clock.instant()));
    int earlier = (int) applications.countByMentorAndStatus(mentor, ApplicationStatus.SELECTED);
    return new RegisteredApplication(application.getId(), application.getNumber(),
        ApplicationSummary.of(application), form.topics().size(), earlier);
  }

  public void attachToProcess(long applicationId, String processInstanceId, String userId) {
    MentorApplication application = find(applicationId);
    application.attachToProcess(processInstanceId);
    application.getMentor().linkAccount(userId);
  }

  /**
   * Moves the application on. Selection also makes the apprentice a selected mentor. Returns
   * the waitlist position when the application went onto the waitlist.
   */
  public OptionalInt changeStatus(long applicationId, ApplicationStatus status, String reason) {
    MentorApplication application = find(applicationId);
    application.changeStatus(status, reason, clock.instant());
    if (status == ApplicationStatus.SELECTED) {
      application.getMentor().changeStatus(MentorStatus.SELECTED);
    }
    if (status == ApplicationStatus.WAITLISTED) {
      return OptionalInt.of((int) applications.countByStatusAndStatusChangedAtLessThanEqual(
          ApplicationStatus.WAITLISTED, application.getStatusChangedAt()));
    }
    return OptionalInt.empty();
  }

  /** Ends the application at the applicant's request and erases what they wrote. */
  public void withdraw(long applicationId) {
    MentorApplication application = find(applicationId);
    application.changeStatus(ApplicationStatus.WITHDRAWN, null, clock.instant());
    application.eraseFreeText();
    if (application.getMentor().getStatus() == MentorStatus.APPLICANT) {
      application.getMentor().changeStatus(MentorStatus.WITHDRAWN);
    }
  }

  @Transactional(readOnly = true)
  public MentorApplication find(long applicationId) {
    return applications.findById(applicationId)
        .orElseThrow(() -> new IllegalArgumentException("No application with id " + applicationId));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<MentorApplication> findByNumber(String number) {
    return applications.findByNumber(number);
  }
}
