package org.reversementoring.academy.process;

import static org.reversementoring.academy.AcademyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.academy.AcademyModules;
import org.springframework.stereotype.Component;

/** On creating the trainer's task ({@code event="create"}): names the module the result is for. */
@Component("nameModule")
public class NameModuleListener implements TaskListener {

  private final AcademyModules academy;

  public NameModuleListener(AcademyModules academy) {
    this.academy = academy;
  }

  @Override
  public void notify(DelegateTask task) {
    MODULE_NAME.setLocal(task, academy.moduleName(MODULE_KEY.from(task)));
  }
}
