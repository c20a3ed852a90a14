package org.reversementoring.common;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Offers {@link PersonalDataHistoryLevel}, with the personal variables of every capability, to
 * the engine; {@code camunda.bpm.history-level} selects it.
 */
@Component
class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

  private final List<PersonalVariables> capabilities;

  PersonalDataHistoryPlugin(List<PersonalVariables> capabilities) {
    this.capabilities = capabilities;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Set<String> names = capabilities.stream().flatMap(c -> c.names().stream()).collect(Collectors.toSet());
    configuration.setCustomHistoryLevels(List.of(new PersonalDataHistoryLevel(names)));
  }
}
