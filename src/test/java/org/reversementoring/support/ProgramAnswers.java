package org.reversementoring.support;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.closing.ClosingVariables;
import org.reversementoring.matching.MatchingVariables;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.tandem.TandemVariables;

/**
 * What each participant answers in a smooth program journey: consent, select, pass, approve,
 * agree, hold and rate every session, give final feedback, close.
 */
public final class ProgramAnswers implements Function<Task, Map<String, Object>> {

  private static final Map<String, Object> FINAL_FEEDBACK = Map.of(ClosingVariables.OVERALL_RATING.name(), 5,
      ClosingVariables.LEARNED.name(), "How my team could use AI tools", ClosingVariables.WOULD_RECOMMEND.name(), true,
      ClosingVariables.WOULD_TAKE_PART_AGAIN.name(), true);

  private static final Map<String, Map<String, Object>> BY_TASK = Map.ofEntries(
      Map.entry("Task_GiveSupervisorConsent", Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "consent")),
      Map.entry("Task_ReviewApplication", Map.of(RecruitmentVariables.REVIEW_DECISION.name(), "interview")),
      Map.entry("Task_RecordInterviewResult", Map.of(RecruitmentVariables.INTERVIEW_RESULT.name(), "select",
          RecruitmentVariables.DECISION_REASON.name(), "Explains apps patiently")),
      Map.entry("Task_RecordModuleResult", Map.of(AcademyVariables.ATTENDED.name(), true, AcademyVariables.PASSED.name(), true)),
      Map.entry("Task_ConfirmEnrollment", Map.of(EnrollmentVariables.ENROLLMENT_DECISION.name(), "confirm")),
      Map.entry("Task_ReviewMatchingProposal", Map.of(MatchingVariables.MATCHING_DECISION.name(), "approve")),
      Map.entry("Task_AgreeGoalsAndCadence", Map.of(TandemVariables.GOALS.name(), "Use AI tools at work\nRun a team channel",
          TandemVariables.CADENCE_WEEKS.name(), 2, TandemVariables.SESSION_COUNT.name(), 4, TandemVariables.SESSION_MINUTES.name(), 60)),
      Map.entry("Task_ConfirmKickoff", Map.of(TandemVariables.KICKOFF_DECISION.name(), TandemVariables.CONFIRM)),
      Map.entry("Task_LogSession", Map.of(TandemVariables.SESSION_HELD.name(), true, TandemVariables.HELD_MINUTES.name(), 60,
          TandemVariables.SESSION_TOPICS.name(), "[\"ai-tools\"]", TandemVariables.SESSION_NOTES.name(), "Tried three AI tools")),
      Map.entry("Task_RateSession", Map.of(TandemVariables.SESSION_RATING.name(), 5)),
      Map.entry("Task_MidProgramCheckIn", Map.of(TandemVariables.CHECK_IN_ASSESSMENT.name(), "ON_TRACK")),
      Map.entry("Task_GiveMentorFeedback", FINAL_FEEDBACK),
      Map.entry("Task_GiveMenteeFeedback", FINAL_FEEDBACK),
      Map.entry("Task_ExtendOrClose", Map.of(ClosingVariables.CLOSING_DECISION.name(), ClosingVariables.CLOSE)));

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
