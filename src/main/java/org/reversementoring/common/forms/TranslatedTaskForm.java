package org.reversementoring.common.forms;

import java.io.InputStream;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

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
    TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
    String viewer = commandContext.getAuthenticatedUserId() != null ? commandContext.getAuthenticatedUserId()
        : task.getAssignee();
    try {
      return FormTranslations.in(language.of(viewer), formRef, ref -> super.getResourceForCamundaFormRef(ref, deploymentId));
    } catch (NotFoundException notInThatDeployment) {
      // a task migrated from an earlier version may name that version's deployment
      String current = task.getProcessDefinition().getDeploymentId();
      return FormTranslations.in(language.of(viewer), formRef, ref -> super.getResourceForCamundaFormRef(ref, current));
    }
  }
}
