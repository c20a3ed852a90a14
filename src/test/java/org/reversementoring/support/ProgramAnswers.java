package org.reversementoring.support;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.feedback.ClosingVariables;
import org.reversementoring.matching.MatchingVariables;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.tandem.process.TandemVariables;

/**
 * What each participant answers in a smooth program journey: consent, select, pass, approve,
 * agree, hold and rate every session, give final feedback, close.
 */
public final class ProgramAnswers implements Function<Task, Map<String, Object>> {

  private static final Map<String, Object> FINAL_FEEDBACK = Map.of(ClosingVariables.OVERALL_RATING, 5,
      ClosingVariables.LEARNED, "How my team could use AI tools", ClosingVariables.WOULD_RECOMMEND, true,
      ClosingVariables.WOULD_TAKE_PART_AGAIN, true);

  private static final Map<String, Map<String, Object>> BY_TASK = Map.ofEntries(
      Map.entry("Task_GiveSupervisorConsent", Map.of(RecruitmentVariables.SUPERVISOR_DECISION, "consent")),
      Map.entry("Task_ReviewApplication", Map.of(RecruitmentVariables.REVIEW_DECISION, "interview")),
      Map.entry("Task_RecordInterviewResult", Map.of(RecruitmentVariables.INTERVIEW_RESULT, "select",
          RecruitmentVariables.DECISION_REASON, "Explains apps patiently")),
      Map.entry("Task_RecordModuleResult", Map.of(AcademyVariables.ATTENDED, true, AcademyVariables.PASSED, true)),
      Map.entry("Task_ConfirmEnrollment", Map.of(EnrollmentVariables.ENROLLMENT_DECISION, "confirm")),
      Map.entry("Task_ReviewMatchingProposal", Map.of(MatchingVariables.MATCHING_DECISION, "approve")),
      Map.entry("Task_AgreeGoalsAndCadence", Map.of(TandemVariables.GOALS.name(), "Use AI tools at work\nRun a team channel",
          TandemVariables.CADENCE_WEEKS.name(), 2, TandemVariables.SESSION_COUNT.name(), 4, TandemVariables.SESSION_MINUTES.name(), 60)),
      Map.entry("Task_ConfirmKickoff", Map.of(TandemVariables.KICKOFF_DECISION.name(), TandemVariables.CONFIRM)),
      Map.entry("Task_LogSession", Map.of(TandemVariables.SESSION_HELD.name(), true, TandemVariables.HELD_MINUTES.name(), 60,
          TandemVariables.SESSION_TOPICS.name(), "[\"ai-tools\"]", TandemVariables.SESSION_NOTES.name(), "Tried three AI tools")),
      Map.entry("Task_RateSession", Map.of(TandemVariables.SESSION_RATING.name(), 5)),
      Map.entry("Task_MidProgramCheckIn", Map.of(TandemVariables.CHECK_IN_ASSESSMENT.name(), "ON_TRACK")),
      Map.entry("Task_GiveMentorFeedback", FINAL_FEEDBACK),
      Map.entry("Task_GiveMenteeFeedback", FINAL_FEEDBACK),
      Map.entry("Task_ExtendOrClose", Map.of(ClosingVariables.CLOSING_DECISION, ClosingVariables.CLOSE)));

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
