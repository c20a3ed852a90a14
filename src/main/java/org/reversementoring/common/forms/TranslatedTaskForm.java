package org.reversementoring.common.forms;

import java.io.InputStream;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;

/**
 * A task's deployed Camunda form in the language of the person looking at it, or, without a
 * logged-in person (Java API), of the task's assignee.
 */
final class TranslatedTaskForm extends GetDeployedTaskFormCmd {

  private final FormLanguage language;

  TranslatedTaskForm(String taskId, FormLanguage language) {
    super(taskId);
    this.language = language;
  }

  @Override
  protected InputStream getResourceForCamundaFormRef(CamundaFormRef formRef, String deploymentId) {
    String viewer = commandContext.getAuthenticatedUserId() != null
        ? commandContext.getAuthenticatedUserId()
        : commandContext.getTaskManager().findTaskById(taskId).getAssignee();
    return FormTranslations.in(language.of(viewer), formRef, ref -> super.getResourceForCamundaFormRef(ref, deploymentId));
  }
}
