package org.reversementoring.academy.process;

import static org.reversementoring.academy.AcademyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.academy.ModuleResults;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/**
 * On completing the trainer's task ({@code event="complete"}): stores the trainer's result of the
 * module; a refused result keeps the task open. The form is read leniently (a flag may come as
 * the text "true").
 */
@Component("recordModuleResult")
public class RecordModuleResultListener implements TaskListener {

  private final ModuleResults results;

  public RecordModuleResultListener(ModuleResults results) {
    this.results = results;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableValues form = new VariableValues(task.getVariables());
    results.record(ENROLLMENT_ID.from(task), form.text(MODULE_KEY.name()), form.flag(ATTENDED.name()),
        form.flag(PASSED.name()), form.text(TRAINER_REMARK.name()));
  }
}
