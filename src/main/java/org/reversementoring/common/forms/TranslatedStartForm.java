package org.reversementoring.common.forms;

import java.io.InputStream;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.reversementoring.common.Language;

/**
 * A process's deployed start form in the language of the person about to start it. The engine
 * takes a start event's {@code camunda:formRef} literally (it evaluates expressions only in a
 * task's), so the language is chosen here, when the form is delivered.
 */
final class TranslatedStartForm extends GetDeployedStartFormCmd {

  private final FormLanguage language;

  TranslatedStartForm(String processDefinitionId, FormLanguage language) {
    super(processDefinitionId);
    this.language = language;
  }

  @Override
  protected InputStream getResourceForCamundaFormRef(CamundaFormRef formRef, String deploymentId) {
    Language viewer = language.of(commandContext.getAuthenticatedUserId());
    return FormTranslations.in(viewer, formRef, ref -> super.getResourceForCamundaFormRef(ref, deploymentId));
  }
}
