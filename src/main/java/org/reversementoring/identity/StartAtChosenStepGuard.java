package org.reversementoring.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Component;

/**
 * Participants start a process only at its start event, so that its start checks run: starting at
 * a chosen activity ({@code startInstructions} over REST), which the engine allows to anyone who
 * may start the process, would skip them. The program office keeps it (see {@link ActingUser}).
 */
@Component
class StartAtChosenStepGuard extends AbstractProcessEnginePlugin {

  static final String FIELD = "startInstructions";
  static final String REFUSAL = "only the program office may start a process at a chosen step";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>(
        Objects.requireNonNullElse(configuration.getCustomPreCommandInterceptorsTxRequired(), List.of()));
    interceptors.add(new Guard(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static final class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof StartProcessInstanceAtActivitiesCmd
          && ActingUser.participantId(configuration.getIdentityService().getCurrentAuthentication()).isPresent()) {
        throw new RejectedInputException(FIELD, REFUSAL);
      }
      return next.execute(command);
    }
  }
}
