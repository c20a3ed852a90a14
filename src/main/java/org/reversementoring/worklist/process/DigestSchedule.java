package org.reversementoring.worklist.process;

import org.camunda.bpm.engine.RepositoryService;
import org.reversementoring.worklist.MorningDigestMails;
import org.reversementoring.worklist.WorklistProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Switches the hourly digest run on or off as configured ({@code reverse-mentoring.worklist.digest-enabled}):
 * off, the process {@code coordinator-digest} is suspended with its timer.
 */
@Component
class DigestSchedule {

  private final RepositoryService repository;
  private final WorklistProperties settings;

  DigestSchedule(RepositoryService repository, WorklistProperties settings) {
    this.repository = repository;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void apply() {
    boolean suspended = repository.createProcessDefinitionQuery().processDefinitionKey(MorningDigestMails.PROCESS_KEY)
        .latestVersion().suspended().count() > 0;
    if (settings.digestEnabled() && suspended) {
      repository.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(MorningDigestMails.PROCESS_KEY)
          .activate();
    } else if (!settings.digestEnabled() && !suspended) {
      repository.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(MorningDigestMails.PROCESS_KEY)
          .suspend();
    }
  }
}
