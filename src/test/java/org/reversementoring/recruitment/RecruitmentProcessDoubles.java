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
import org.reversementoring.worklist.DueDateRules;
import org.reversementoring.common.process.TaskInputValidation;
import org.reversementoring.common.ProcessVariable;

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
    Mocks.register("processMail", new MailDouble());
    Mocks.register("taskMail", new TaskMailDouble());
    Mocks.register("validateTaskInput", new TaskInputValidation());
    Mocks.register("dueDates", new DueDateRules());
  }

  private void registerApplication(DelegateExecution execution) {
    execution.setProcessBusinessKey("RMA-2026-0001");
    execution.removeVariables(ProcessVariable.names(PERSONAL_FORM_FIELDS));
    APPLICATION_ID.set(execution, 1L);
    APPLICATION_NUMBER.set(execution, "RMA-2026-0001");
    APPLICATION_SUMMARY.set(execution, "RMA-2026-0001: Zoë Łukasiewicz-Müller");
    SUPERVISOR_USER_ID.set(execution, SUPERVISOR);
    TOPIC_COUNT.set(execution, 2);
    EARLIER_PARTICIPATIONS.set(execution, 0);
  }

  public class StatusDouble implements JavaDelegate {
    public Expression status;

    @Override
    public void execute(DelegateExecution execution) {
      String value = String.valueOf(status.getValue(execution));
      statuses.add(value);
      if ("WAITLISTED".equals(value)) {
        WAITLIST_POSITION.set(execution, 3);
      }
    }
  }

  public class MailDouble implements JavaDelegate {
    public Expression template;
    public Expression recipient;
    public Expression openTaskAssignee;

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
