package org.reversementoring.common.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.reversementoring.common.FormOptionLists;
import org.reversementoring.common.PersonLanguages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes every Camunda form the contract of its step, whoever calls (REST, Tasklist, Java): a
 * process starts only with its start form's fields, a task takes only its form's fields, each of
 * its kind (see {@link FormContract}); and shows each form in its reader's language (see
 * {@link FormLanguage}) with the app's option lists (see {@link FormOptionFilling}).
 */
@Component
class FormContractPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<PersonLanguages> people;
  private final ObjectProvider<FormOptionLists> optionLists;

  FormContractPlugin(ObjectProvider<PersonLanguages> people, ObjectProvider<FormOptionLists> optionLists) {
    this.people = people;
    this.optionLists = optionLists;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    FormContracts contracts = new FormContracts();
    List<BpmnParseListener> parseListeners = new ArrayList<>(
        Objects.requireNonNullElse(configuration.getCustomPreBPMNParseListeners(), List.of()));
    parseListeners.add(new StartFormCheck(contracts));
    configuration.setCustomPreBPMNParseListeners(parseListeners);
    configuration.setTaskService(new CheckedTaskService(contracts));
    configuration.setFormService(new CheckedFormService(contracts, new FormLanguage(people::getObject),
        new FormOptionFilling(() -> optionLists.orderedStream().toList())));
  }
}
