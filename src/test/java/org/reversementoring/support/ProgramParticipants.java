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
  private final ManagementService management;
  private final ApplicationService applications;
  private final MenteeService mentees;

  public ProgramParticipants(RuntimeService runtime, TaskService tasks, ManagementService management,
      ApplicationService applications, MenteeService mentees) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.applications = applications;
    this.mentees = mentees;
  }

  /** A qualified mentor from this application form (see {@link ApplicationFixtures}). */
  public Mentor qualifiedMentor(Map<String, Object> applicationForm) {
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, applicationForm).getBusinessKey();
    Jobs.runDue(management);
    complete(number, Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "consent"));
    complete(number, Map.of(RecruitmentVariables.REVIEW_DECISION.name(), "interview"));
    complete(number, Map.of(RecruitmentVariables.INTERVIEW_RESULT.name(), "select",
        RecruitmentVariables.DECISION_REASON.name(), "Explains apps patiently"));
    long applicationId = applications.findByNumber(number).orElseThrow().getId();
    applications.recordQualification(applicationId, true);
    return applications.find(applicationId).getMentor();
  }

  /** A waitlisted executive from this enrollment form (see {@link EnrollmentFixtures}). */
  public Mentee waitlistedExecutive(Map<String, Object> enrollmentForm) {
    String number = runtime.startProcessInstanceByKey(EnrollmentVariables.PROCESS_KEY, enrollmentForm).getBusinessKey();
    Jobs.runDue(management);
    complete(number, Map.of(EnrollmentVariables.ENROLLMENT_DECISION.name(), "confirm"));
    return mentees.findByNumber(number).orElseThrow();
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId(), variables);
    Jobs.runDue(management);
  }
}
