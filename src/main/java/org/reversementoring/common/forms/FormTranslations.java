package org.reversementoring.common.forms;

import java.io.InputStream;
import java.util.function.Function;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.reversementoring.common.Language;

/**
 * Camunda Forms have no translations (bpmn-io/form-js#77), so each form exists once per language:
 * the model names the English one, {@code forms/<name>.form} with id {@code <name>}; the German
 * one is {@code forms/de/<name>-de.form} with id {@code <name>-de}, the same fields, types, values
 * and validation in German words (FormPairsTest keeps them one contract). A deployment made
 * before a form had its translation keeps showing the model's form.
 */
final class FormTranslations {

  private FormTranslations() {
  }

  /**
   * The form in that language, read with {@code resource}; the model's own form when the
   * deployment has no translation of it (deployed before it had one).
   */
  static InputStream in(Language language, CamundaFormRef modelsForm, Function<CamundaFormRef, InputStream> resource) {
    if (language == Language.EN) {
      return resource.apply(modelsForm);
    }
    CamundaFormRefImpl translated = new CamundaFormRefImpl(modelsForm.getKey() + "-" + language.code(),
        modelsForm.getBinding());
    translated.setVersion(modelsForm.getVersion());
    try {
      return resource.apply(translated);
    } catch (NotFoundException untranslated) {
      return resource.apply(modelsForm);
    }
  }
}
