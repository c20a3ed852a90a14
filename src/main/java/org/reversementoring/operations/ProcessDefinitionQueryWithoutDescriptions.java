package org.reversementoring.operations;

import java.util.List;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The engine's process definition query without the definitions' descriptions. The engine's own
 * query reads every definition it returns as a BPMN model to find its description (a second parse
 * of each model, on top of the one that made it executable), which the start's look-ups (the
 * metrics' process keys, the running instances' migration) never read: one parse per deployed
 * version at every start.
 */
public final class ProcessDefinitionQueryWithoutDescriptions extends ProcessDefinitionQueryImpl {

  public ProcessDefinitionQueryWithoutDescriptions(CommandExecutor commands) {
    super(commands);
  }

  @Override
  public List<ProcessDefinition> executeList(CommandContext commandContext, Page page) {
    checkQueryOk();
    return commandContext.getProcessDefinitionManager().findProcessDefinitionsByQueryCriteria(this, page);
  }
}
