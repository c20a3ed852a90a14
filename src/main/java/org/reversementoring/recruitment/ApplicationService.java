package org.reversementoring.recruitment;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.OptionalInt;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.InputValidator;
import org.reversementoring.common.ReferenceNumbers;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.TopicCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers applications and moves them through their statuses. Knows nothing of Camunda. */
@Service
@Transactional
public class ApplicationService {

  static final String NUMBER_PREFIX = "RMA";


  private final MentorRepository mentors;
  private final MentorApplicationRepository applications;
  private final ApplicationStatusChangeRepository statusChanges;
  private final ReferenceNumbers numbers;
  private final InputValidator validator;
  private final Clock clock;
  private final TopicCatalogue topics;

  public ApplicationService(MentorRepository mentors, MentorApplicationRepository applications,
      ApplicationStatusChangeRepository statusChanges, ReferenceNumbers numbers, InputValidator validator,
      Clock clock, TopicCatalogue topics) {
    this.statusChanges = statusChanges;
    this.topics = topics;
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
    List<FieldError> errors = form.crossFieldErrors(Year.now(clock), topics.offeredCodes());
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    Mentor mentor = mentors.lockByEmail(form.normalizedEmail())
        .orElseGet(() -> mentors.save(new Mentor(form)));
    // one query for both questions; a list parameter (status in :open) would make Hibernate plan it at every call
    List<ApplicationStatus> earlierStatuses = applications.statusesOf(mentor);
    if (earlierStatuses.stream().anyMatch(ApplicationStatus::isOpen)) {
      throw new RejectedInputException("email",
          "there is already an open application for this address; withdraw it first or wait for its decision");
    }
    mentor.updateFrom(form);
    if (mentor.getStatus() == MentorStatus.WITHDRAWN) {
      mentor.changeStatus(MentorStatus.APPLICANT);
    }
    MentorApplication application = applications.save(new MentorApplication(
        numbers.next(NUMBER_PREFIX, 4), mentor, form, clock.instant()));
    statusChanges.save(new ApplicationStatusChange(application.getId(), application.getStatus(),
        application.getSubmittedAt()));
    int earlier = (int) earlierStatuses.stream().filter(ApplicationStatus.SELECTED::equals).count();
    return new RegisteredApplication(application.getId(), application.getNumber(), form.topics().size(), earlier);
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
    moveTo(application, status, reason);
    if (status == ApplicationStatus.SELECTED) {
      application.getMentor().changeStatus(MentorStatus.SELECTED);
    }
    if (status == ApplicationStatus.WAITLISTED) {
      return OptionalInt.of((int) applications.countByStatusAndStatusChangedAtLessThanEqual(
          ApplicationStatus.WAITLISTED, application.getStatusChangedAt()));
    }
    return OptionalInt.empty();
  }

  /** The Academy's verdict on a selected mentor. */
  public void recordQualification(long applicationId, boolean qualified) {
    find(applicationId).getMentor().changeStatus(qualified ? MentorStatus.QUALIFIED : MentorStatus.NOT_QUALIFIED);
  }

  /** Ends the application at the applicant's request and erases what they wrote. */
  public void withdraw(long applicationId) {
    MentorApplication application = find(applicationId);
    // stepping back from this application's selection (during the Academy) ends the mentorship;
    // withdrawing a later application leaves an earlier selection as it was
    boolean endsSelection = application.getStatus() == ApplicationStatus.SELECTED;
    moveTo(application, ApplicationStatus.WITHDRAWN, null);
    application.eraseFreeText();
    if (endsSelection || application.getMentor().getStatus() == MentorStatus.APPLICANT) {
      application.getMentor().changeStatus(MentorStatus.WITHDRAWN);
    }
  }

  /**
   * Retention: anonymises everyone whose applications all closed before the cutoff and who is
   * not a selected or qualified mentor. Statistics (status, dates, department, topics) stay.
   */
  public java.util.List<ErasedPerson> eraseClosedBefore(java.time.Instant cutoff) {
    return applications.findMentorsClosedBefore(cutoff, ApplicationStatus.OPEN,
            java.util.EnumSet.of(MentorStatus.SELECTED, MentorStatus.QUALIFIED)).stream()
        .map(this::erase)
        .toList();
  }

  /** Erasure on the person's request; open applications must have been withdrawn first. */
  public java.util.Optional<ErasedPerson> eraseOnRequest(String userId) {
    return mentors.findByUserId(userId).map(this::erase);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<ApplicantData> dataOf(String userId) {
    return mentors.findByUserId(userId)
        .map(mentor -> ApplicantData.of(mentor, applications.findByMentorOrderBySubmittedAtAsc(mentor)));
  }

  /** Numbers of the person's applications that still run. */
  @Transactional(readOnly = true)
  public java.util.List<String> openApplicationsOf(String userId) {
    return mentors.findByUserId(userId).stream()
        .flatMap(mentor -> applications.findByMentorOrderBySubmittedAtAsc(mentor).stream())
        .filter(application -> application.getStatus().isOpen())
        .map(MentorApplication::getNumber)
        .toList();
  }

  /** The new status, and when it was entered, kept for the timeline. */
  private void moveTo(MentorApplication application, ApplicationStatus status, String reason) {
    application.changeStatus(status, reason, clock.instant());
    statusChanges.save(new ApplicationStatusChange(application.getId(), status, application.getStatusChangedAt()));
  }

  private ErasedPerson erase(Mentor mentor) {
    java.util.List<MentorApplication> own = applications.findByMentorOrderBySubmittedAtAsc(mentor);
    own.stream().filter(application -> application.getStatus().isOpen()).forEach(application ->
        moveTo(application, ApplicationStatus.WITHDRAWN, null));
    own.forEach(MentorApplication::eraseFreeText);
    ErasedPerson erased = new ErasedPerson(mentor.getId(), mentor.getUserId(), mentor.getEmail(),
        own.stream().map(MentorApplication::getProcessInstanceId).filter(java.util.Objects::nonNull).toList());
    mentor.anonymise(clock.instant());
    return erased;
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
