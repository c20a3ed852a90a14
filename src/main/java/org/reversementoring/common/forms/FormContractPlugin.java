package org.reversementoring.common.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.reversementoring.common.FormOptionLists;
import org.reversementoring.common.PersonLanguages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes every Camunda form the contract of its step, whoever calls (REST, Tasklist, Java): a
 * process starts only with its start form's fields, a task takes only its form's fields, each of
 * its kind (see {@link FormContract}); and shows each form, with the texts the program writes on
 * it ({@link ShownText}) and the app's option lists (see {@link FormOptionFilling}), in its
 * reader's language (see {@link FormLanguage}). Whether the user may work on the task is checked
 * before its form, once per submission (see {@link TaskWorkCheckedOnce}).
 */
@Component
class FormContractPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<PersonLanguages> people;
  private final ObjectProvider<FormOptionLists> optionLists;
  private final ObjectProvider<ShownText> texts;

  FormContractPlugin(ObjectProvider<PersonLanguages> people, ObjectProvider<FormOptionLists> optionLists,
      ObjectProvider<ShownText> texts) {
    this.people = people;
    this.optionLists = optionLists;
    this.texts = texts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    FormContracts contracts = new FormContracts();
    List<BpmnParseListener> parseListeners = new ArrayList<>(
        Objects.requireNonNullElse(configuration.getCustomPreBPMNParseListeners(), List.of()));
    parseListeners.add(new StartFormCheck(contracts));
    configuration.setCustomPreBPMNParseListeners(parseListeners);
    ShownTexts shownTexts = new ShownTexts(texts::orderedStream);
    configuration.setCommandCheckers(new ArrayList<>(List.of(new TenantCommandChecker(), new TaskWorkCheckedOnce())));
    configuration.setTaskService(new CheckedTaskService(contracts, shownTexts));
    configuration.setFormService(new CheckedFormService(contracts, new FormLanguage(people::getObject),
        new FormOptionFilling(() -> optionLists.orderedStream().toList()), shownTexts));
  }
}
