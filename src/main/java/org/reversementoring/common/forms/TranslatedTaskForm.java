package org.reversementoring.common.forms;

import java.io.InputStream;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.reversementoring.common.Language;

/**
 * A task's deployed Camunda form in the language of the person looking at it, or, without a
 * logged-in person (Java API), of the task's assignee, with the app's option lists filled in.
 */
final class TranslatedTaskForm extends GetDeployedTaskFormCmd {

  private final FormLanguage language;
  private final FormOptionFilling options;

  TranslatedTaskForm(String taskId, FormLanguage language, FormOptionFilling options) {
    super(taskId);
    this.language = language;
    this.options = options;
  }

  @Override
  protected InputStream getResourceForCamundaFormRef(CamundaFormRef formRef, String deploymentId) {
    Language reader = language.ofReader(commandContext, commandContext.getTaskManager().findTaskById(taskId));
    return options.fill(FormTranslations.in(reader, formRef, ref -> super.getResourceForCamundaFormRef(ref, deploymentId)),
        reader);
  }
}
