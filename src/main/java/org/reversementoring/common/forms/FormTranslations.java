package org.reversementoring.common.forms;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.reversementoring.common.Language;

/**
 * Camunda Forms have no translations (bpmn-io/form-js#77), so each form exists once per language:
 * the model names the English one, {@code forms/<name>.form} with id {@code <name>}; the German
 * one is {@code forms/de/<name>.form} with id {@code <name>-de}, the same fields, types, values
 * and validation in German words (FormPairsTest keeps them one contract).
 */
final class FormTranslations {

  private FormTranslations() {
  }

  static CamundaFormRef in(Language language, CamundaFormRef modelsForm) {
    if (language == Language.EN) {
      return modelsForm;
    }
    CamundaFormRefImpl translated = new CamundaFormRefImpl(modelsForm.getKey() + "-" + language.code(),
        modelsForm.getBinding());
    translated.setVersion(modelsForm.getVersion());
    return translated;
  }
}
