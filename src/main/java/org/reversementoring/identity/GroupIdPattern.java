package org.reversementoring.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets group ids contain hyphens ({@code program-organizers}); Camunda's default whitelist,
 * {@code [a-zA-Z0-9]+|camunda-admin}, would refuse them. A pattern set in the configuration wins.
 */
@Component
class GroupIdPattern extends AbstractProcessEnginePlugin {

  static final String LETTERS_DIGITS_AND_INNER_HYPHENS = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getGroupResourceWhitelistPattern() == null) {
      configuration.setGroupResourceWhitelistPattern(LETTERS_DIGITS_AND_INNER_HYPHENS);
    }
  }
}
