package org.reversementoring.academy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers record attendance and result per module; this says whether a mentor passed and how
 * often they failed. Knows nothing of Camunda.
 */
@Service
@Transactional
public class ModuleResults {

  /**
   * How an enrollment ended.
   *
   * @param retakeAllowed whether a mentor who did not pass every module may take a later cohort
   */
  public record Evaluation(QualificationOutcome outcome, boolean retakeAllowed) {
  }

  private final ModuleResultRepository results;
  private final EnrollmentRepository enrollments;
  private final SeatAllocation seats;
  private final AcademyProperties academy;
  private final Clock clock;

  public ModuleResults(ModuleResultRepository results, EnrollmentRepository enrollments, SeatAllocation seats,
      AcademyProperties academy, Clock clock) {
    this.results = results;
    this.enrollments = enrollments;
    this.seats = seats;
    this.academy = academy;
    this.clock = clock;
  }

  /**
   * Records a module's result once. Refuses, naming the field: a module the cohort does not hold
   * ({@code moduleKey}), passed without attending ({@code passed}), a remark over 1000 characters
   * ({@code remark}), a second result for the module ({@code moduleKey}) and a released seat
   * ({@code enrollmentId}); then nothing is stored. A blank remark is stored as none.
   */
  public ModuleResult record(long enrollmentId, String moduleKey, boolean attended, boolean passed,
      String remark) {
    Enrollment enrollment = enrollments.lockById(enrollmentId)
        .orElseThrow(() -> new IllegalArgumentException("No Academy enrollment " + enrollmentId));
    List<FieldError> errors = new ArrayList<>();
    List<String> modules = enrollment.getCohort().moduleKeys();
    if (moduleKey == null || !modules.contains(moduleKey)) {
      errors.add(new FieldError("moduleKey", "unknown module '" + moduleKey
          + "'; the cohort's modules are " + String.join(", ", modules)));
    } else if (results.existsByEnrollmentIdAndModuleKey(enrollmentId, moduleKey)) {
      errors.add(new FieldError("moduleKey", "the result of this module is recorded already"));
    }
    if (passed && !attended) {
      errors.add(new FieldError("passed", "a module not attended cannot be passed"));
    }
    String cleanRemark = remark == null || remark.isBlank() ? null : remark.strip();
    if (cleanRemark != null && cleanRemark.length() > ModuleResult.MAX_REMARK_LENGTH) {
      errors.add(new FieldError("remark",
          "must be at most " + ModuleResult.MAX_REMARK_LENGTH + " characters"));
    }
    if (enrollment.getStatus() == EnrollmentStatus.RELEASED) {
      errors.add(new FieldError("enrollmentId", "the seat was released; no results are recorded"));
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    return results.save(new ModuleResult(enrollment, moduleKey, attended, passed, cleanRemark,
        clock.instant()));
  }

  /**
   * Closes the enrollment once its modules are held ({@link SeatAllocation#complete}) and says
   * how it ended: the {@link #outcome} as recorded, and, unless every module is passed, whether
   * the mentor may retake ({@link #mayRetake}).
   */
  public Evaluation evaluate(long enrollmentId) {
    QualificationOutcome outcome = outcome(enrollmentId);
    Enrollment enrollment = seats.complete(enrollmentId);
    return new Evaluation(outcome, outcome != QualificationOutcome.ALL_PASSED && mayRetake(enrollment.getMentorId()));
  }

  /**
   * {@link QualificationOutcome#SOME_FAILED} as soon as a module of this enrollment is failed or
   * missed; {@link QualificationOutcome#ALL_PASSED} when each of the cohort's modules is passed,
   * in this enrollment or an earlier one of the same mentor (so a retake may repeat only the
   * failed modules); otherwise {@link QualificationOutcome#OPEN}.
   */
  @Transactional(readOnly = true)
  public QualificationOutcome outcome(long enrollmentId) {
    Enrollment enrollment = enrollments.findById(enrollmentId)
        .orElseThrow(() -> new IllegalArgumentException("No Academy enrollment " + enrollmentId));
    if (results.findByEnrollmentIdOrderByIdAsc(enrollmentId).stream().anyMatch(ModuleResult::isFailed)) {
      return QualificationOutcome.SOME_FAILED;
    }
    Set<String> passed = results.passedModuleKeys(enrollment.getMentorId(), enrollmentId);
    return passed.containsAll(enrollment.getCohort().moduleKeys())
        ? QualificationOutcome.ALL_PASSED : QualificationOutcome.OPEN;
  }

  /**
   * The cohort's modules this enrollment must take: all of them, or on a retake those not passed
   * in an earlier enrollment. Stays the same while the enrollment runs, whatever is recorded.
   */
  @Transactional(readOnly = true)
  public List<String> modulesToTake(long enrollmentId) {
    Enrollment enrollment = enrollments.findById(enrollmentId)
        .orElseThrow(() -> new IllegalArgumentException("No Academy enrollment " + enrollmentId));
    Set<String> passedBefore = results.passedModuleKeys(enrollment.getMentorId(), enrollmentId - 1);
    return enrollment.getCohort().moduleKeys().stream().filter(key -> !passedBefore.contains(key)).toList();
  }

  /** How many of the mentor's enrollments have a failed or missed module. */
  @Transactional(readOnly = true)
  public int failedAttempts(long mentorId) {
    return (int) results.countEnrollmentsWithFailedModule(mentorId);
  }

  /**
   * Whether the mentor may take a later cohort after failing: the first attempt and at most
   * {@code maxRetakes} retakes may fail, so with the default 2 a third failure ends it.
   */
  @Transactional(readOnly = true)
  public boolean mayRetake(long mentorId) {
    return failedAttempts(mentorId) <= academy.maxRetakes();
  }

  /** The enrollment's results in the order they were recorded. */
  @Transactional(readOnly = true)
  public List<ModuleResult> resultsOf(long enrollmentId) {
    return results.findByEnrollmentIdOrderByIdAsc(enrollmentId);
  }

  /** Removes the trainers' remarks about the mentor (erasure); results stay for statistics. */
  public int eraseRemarksOf(long mentorId) {
    return results.eraseRemarks(mentorId);
  }
}
