package org.reversementoring.common.forms;

import java.io.InputStream;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.reversementoring.common.Language;

/**
 * A process's deployed start form in the language of the person about to start it. The engine
 * takes a start event's {@code camunda:formRef} literally (it evaluates expressions only in a
 * task's), so the language is chosen here, when the form is delivered; so are the app's option
 * lists ({@link FormOptionFilling}).
 */
final class TranslatedStartForm extends GetDeployedStartFormCmd {

  private final FormLanguage language;
  private final FormOptionFilling options;

  TranslatedStartForm(String processDefinitionId, FormLanguage language, FormOptionFilling options) {
    super(processDefinitionId);
    this.language = language;
    this.options = options;
  }

  @Override
  protected InputStream getResourceForCamundaFormRef(CamundaFormRef formRef, String deploymentId) {
    Language viewer = language.of(commandContext.getAuthenticatedUserId());
    return options.fill(FormTranslations.in(viewer, formRef, ref -> super.getResourceForCamundaFormRef(ref, deploymentId)),
        viewer);
  }
}
