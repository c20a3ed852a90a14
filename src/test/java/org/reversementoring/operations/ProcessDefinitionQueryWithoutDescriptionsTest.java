package org.reversementoring.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.commons.utils.cache.Cache;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The start's look-ups list the definitions the engine's own query lists, without reading a
 * single model for its description: what a start pays once per deployed version otherwise.
 */
class ProcessDefinitionQueryWithoutDescriptionsTest {

  private static final String KEY = "definitions-without-descriptions";

  // the test engine of camunda.cfg.xml (it records coverage, hence this extension; none is asserted)
  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> engine().getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void listsWhatTheEngineListsWithoutReadingAModel() {
    deploy("Asks the first question");
    deploy("Asks the second question");
    modelCache().clear();

    List<ProcessDefinition> versions = query().processDefinitionKey(KEY).orderByProcessDefinitionVersion().asc().list();
    ProcessDefinition latest = query().processDefinitionKey(KEY).latestVersion().singleResult();

    assertThat(modelCache().isEmpty()).as("models read").isTrue();
    List<ProcessDefinition> enginesVersions = engine().getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(KEY).orderByProcessDefinitionVersion().asc().list();
    assertThat(versions).extracting(ProcessDefinition::getId, ProcessDefinition::getVersion)
        .containsExactlyElementsOf(enginesVersions.stream().map(d -> tuple(d.getId(), d.getVersion())).toList());
    assertThat(latest.getId()).isEqualTo(enginesVersions.get(1).getId());
    assertThat(enginesVersions.get(1).getDescription()).isEqualTo("Asks the second question");
    assertThat(latest.getDescription()).isNull();
  }

  private ProcessDefinitionQueryWithoutDescriptions query() {
    return new ProcessDefinitionQueryWithoutDescriptions(configuration().getCommandExecutorTxRequired());
  }

  private void deploy(String documentation) {
    deployments.add(engine().getRepositoryService().createDeployment()
        .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).documentation(documentation)
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy().getId());
  }

  private Cache<String, BpmnModelInstance> modelCache() {
    return configuration().getDeploymentCache().getBpmnModelInstanceCache();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }

  private static ProcessEngine engine() {
    return extension.getProcessEngine();
  }
}
