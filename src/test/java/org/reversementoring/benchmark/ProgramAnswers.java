package org.reversementoring.benchmark;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.matching.MatchingVariables;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.tandem.TandemVariables;

/** What each participant answers in a smooth program journey: consent, select, pass, approve, agree. */
final class ProgramAnswers implements Function<Task, Map<String, Object>> {

  private static final Map<String, Map<String, Object>> BY_TASK = Map.of(
      "Task_GiveSupervisorConsent", Map.of(RecruitmentVariables.SUPERVISOR_DECISION, "consent"),
      "Task_ReviewApplication", Map.of(RecruitmentVariables.REVIEW_DECISION, "interview"),
      "Task_RecordInterviewResult", Map.of(RecruitmentVariables.INTERVIEW_RESULT, "select",
          RecruitmentVariables.DECISION_REASON, "Explains apps patiently"),
      "Task_RecordModuleResult", Map.of(AcademyVariables.ATTENDED, true, AcademyVariables.PASSED, true),
      "Task_ConfirmEnrollment", Map.of(EnrollmentVariables.ENROLLMENT_DECISION, "confirm"),
      "Task_ReviewMatchingProposal", Map.of(MatchingVariables.MATCHING_DECISION, "approve"),
      "Task_AgreeGoalsAndCadence", Map.of(TandemVariables.GOALS, "Use AI tools at work\nRun a team channel",
          TandemVariables.CADENCE_WEEKS, 2, TandemVariables.SESSION_COUNT, 4, TandemVariables.SESSION_MINUTES, 60),
      "Task_ConfirmKickoff", Map.of(TandemVariables.KICKOFF_DECISION, TandemVariables.CONFIRM));

  @Override
  public Map<String, Object> apply(Task task) {
    Map<String, Object> answer = BY_TASK.get(task.getTaskDefinitionKey());
    if (answer == null) {
      throw new IllegalStateException("The benchmark has no answer for task " + task.getTaskDefinitionKey()
          + " (" + task.getName() + ")");
    }
    return answer;
  }
}
