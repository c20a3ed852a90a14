package org.reversementoring.academy;

import static org.reversementoring.academy.AcademyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/** Stores the trainer's result when the task completes; a refused result keeps the task open. */
@Component("recordModuleResult")
public class RecordModuleResultListener implements TaskListener {

  private final ModuleResults results;

  public RecordModuleResultListener(ModuleResults results) {
    this.results = results;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableValues values = new VariableValues(task.getVariables());
    results.record((Long) task.getVariable(ENROLLMENT_ID), values.text(MODULE_KEY),
        values.flag(ATTENDED), values.flag(PASSED), values.text(TRAINER_REMARK));
  }
}
