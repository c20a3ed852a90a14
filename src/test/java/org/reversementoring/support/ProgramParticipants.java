package org.reversementoring.support;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.RecruitmentVariables;

/**
 * Brings people to where a tandem starts, through the real processes: an apprentice applies and is
 * selected (their account and supervisor exist), an executive enrols and is confirmed. The Academy
 * then waits for a cohort; its outcome, qualified, is recorded directly.
 */
public final class ProgramParticipants {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Runnable jobsDone;
  private final ApplicationService applications;
  private final MenteeService mentees;

  /** Runs the due jobs itself, for apps without a job executor ({@link AppTest}). */
  public ProgramParticipants(RuntimeService runtime, TaskService tasks, ManagementService management,
      ApplicationService applications, MenteeService mentees) {
    this(runtime, tasks, () -> Jobs.runDue(management), applications, mentees);
  }

  /** @param jobsDone returns once the jobs of the last step have run, e.g. by waiting for the job executor */
  public ProgramParticipants(RuntimeService runtime, TaskService tasks, Runnable jobsDone,
      ApplicationService applications, MenteeService mentees) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.jobsDone = jobsDone;
    this.applications = applications;
    this.mentees = mentees;
  }

  /** A qualified mentor from this application form (see {@link ApplicationFixtures}). */
  public Mentor qualifiedMentor(Map<String, Object> applicationForm) {
    String number = selectedApprentice(applicationForm);
    long applicationId = applications.findByNumber(number).orElseThrow().getId();
    applications.recordQualification(applicationId, true);
    return applications.find(applicationId).getMentor();
  }

  /**
   * Applies, gets the supervisor's consent and is selected after an interview: the apprentice then
   * takes a seat in the next Academy cohort planned. Answers the application number.
   */
  public String selectedApprentice(Map<String, Object> applicationForm) {
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, applicationForm)
        .getBusinessKey();
    jobsDone.run();
    complete(number, Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "consent"));
    complete(number, Map.of(RecruitmentVariables.REVIEW_DECISION.name(), "interview"));
    complete(number, Map.of(RecruitmentVariables.INTERVIEW_RESULT.name(), "select",
        RecruitmentVariables.DECISION_REASON.name(), "Explains apps patiently"));
    return number;
  }

  /** A waitlisted executive from this enrollment form (see {@link EnrollmentFixtures}). */
  public Mentee waitlistedExecutive(Map<String, Object> enrollmentForm) {
    String number = runtime.startProcessInstanceByKey(EnrollmentVariables.PROCESS_KEY, enrollmentForm).getBusinessKey();
    jobsDone.run();
    complete(number, Map.of(EnrollmentVariables.ENROLLMENT_DECISION.name(), "confirm"));
    return mentees.findByNumber(number).orElseThrow();
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId(), variables);
    jobsDone.run();
  }
}
