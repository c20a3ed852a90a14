package org.reversementoring.recruitment;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.reversementoring.common.TaskInputValidation;

/**
 * Stand-ins for the Spring beans the recruitment model calls, so the model's paths can be
 * walked on a plain engine. They record what the process asked for.
 */
class RecruitmentProcessDoubles {

  static final String SUPERVISOR = "sven";
  final List<String> mails = new ArrayList<>();
  final List<String> statuses = new ArrayList<>();
  boolean withdrawn;
  boolean seatReleased;
  RuntimeException mailFailure;

  void register() {
    Mocks.register("registerApplication", (JavaDelegate) this::registerApplication);
    Mocks.register("recordApplicationStatus", new StatusDouble());
    Mocks.register("withdrawApplication", (JavaDelegate) execution -> withdrawn = true);
    Mocks.register("releaseAcademySeat", (JavaDelegate) execution -> seatReleased = true);
    Mocks.register("recruitmentMail", new MailDouble());
    Mocks.register("recruitmentTaskMail", new TaskMailDouble());
    Mocks.register("validateTaskInput", new TaskInputValidation());
  }

  private void registerApplication(DelegateExecution execution) {
    execution.setProcessBusinessKey("RMA-2026-0001");
    execution.removeVariables(List.of(PERSONAL_FORM_FIELDS));
    execution.setVariable(APPLICATION_ID, 1L);
    execution.setVariable(APPLICATION_NUMBER, "RMA-2026-0001");
    execution.setVariable(APPLICATION_SUMMARY, "RMA-2026-0001: Zoë Łukasiewicz-Müller");
    execution.setVariable(SUPERVISOR_USER_ID, SUPERVISOR);
    execution.setVariable(TOPIC_COUNT, 2);
    execution.setVariable(EARLIER_PARTICIPATIONS, 0);
  }

  public class StatusDouble implements JavaDelegate {
    public Expression status;

    @Override
    public void execute(DelegateExecution execution) {
      String value = String.valueOf(status.getValue(execution));
      statuses.add(value);
      if ("WAITLISTED".equals(value)) {
        execution.setVariable(WAITLIST_POSITION, 3);
      }
    }
  }

  public class MailDouble implements JavaDelegate {
    public Expression template;
    public Expression recipient;

    @Override
    public void execute(DelegateExecution execution) {
      if (mailFailure != null) {
        throw mailFailure;
      }
      mails.add(template.getValue(execution) + "->" + recipient.getValue(execution));
    }
  }

  public class TaskMailDouble implements TaskListener {
    public Expression template;
    public Expression recipient;

    @Override
    public void notify(DelegateTask task) {
      mails.add(template.getValue(task) + "->" + recipient.getValue(task));
    }
  }
}
