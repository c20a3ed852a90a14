package org.reversementoring.academy;

import static org.reversementoring.academy.AcademyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/**
 * Names the module on the trainer's task when it is created, and stores the trainer's result
 * when it completes; a refused result keeps the task open.
 */
@Component("recordModuleResult")
public class RecordModuleResultListener implements TaskListener {

  private final ModuleResults results;
  private final AcademyProperties academy;

  public RecordModuleResultListener(ModuleResults results, AcademyProperties academy) {
    this.results = results;
    this.academy = academy;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      String moduleKey = (String) task.getVariable(MODULE_KEY);
      task.setVariableLocal(MODULE_NAME, academy.module(moduleKey).map(AcademyModule::name).orElse(moduleKey));
      return;
    }
    VariableValues values = new VariableValues(task.getVariables());
    results.record((Long) task.getVariable(ENROLLMENT_ID), values.text(MODULE_KEY),
        values.flag(ATTENDED), values.flag(PASSED), values.text(TRAINER_REMARK));
  }
}
