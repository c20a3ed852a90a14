package org.reversementoring.operations.upgrade;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The upgrade step, run at every start (README "Upgrading"): once the context is up, so the
 * engine has deployed this release's models (a release that changed one deploys them all as new
 * versions), and before the app reports itself live and ready and before the job executor starts
 * (the Camunda starter starts it on {@code ApplicationReadyEvent}, which follows this event), every
 * running instance of an earlier version moves to the latest one ({@link RunningInstanceMigration}
 * with {@link ProcessUpgrades}). So no job, timer or task of an old model runs on this release's
 * code, and a load balancer sends nobody to the node before it is done. (Camunda's own
 * {@code PostDeployEvent} is published only for an {@code @EnableProcessApplication}; this app
 * deploys through the starter's auto-deployment, which is done when the engine bean exists.)
 *
 * <p>{@code reverse-mentoring.upgrade.migrate-at-start=false} turns it off (instances then stay on
 * their versions, whose steps may name beans this release lacks: only to look at a database).
 */
@Component
class MigrateRunningInstancesAtStart {

  private static final Logger LOG = LoggerFactory.getLogger(MigrateRunningInstancesAtStart.class);

  private final ProcessEngine engine;
  private final boolean enabled;

  MigrateRunningInstancesAtStart(ProcessEngine engine,
      @Value("${reverse-mentoring.upgrade.migrate-at-start:true}") boolean enabled) {
    this.engine = engine;
    this.enabled = enabled;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void migrate() {
    if (!enabled) {
      LOG.warn("Upgrade: reverse-mentoring.upgrade.migrate-at-start=false, running instances stay on their versions");
      return;
    }
    Instant start = Instant.now();
    List<RunningInstanceMigration.Result> results = new RunningInstanceMigration(engine, ProcessUpgrades.byProcessKey())
        .migrateEveryRunningInstance();
    int migrated = results.stream().mapToInt(RunningInstanceMigration.Result::migrated).sum();
    int failed = results.stream().mapToInt(r -> r.failedInstances().size()).sum();
    if (failed > 0) {
      LOG.warn("Upgrade done in {} ms: {} instance(s) migrated, {} could NOT be: suspended, each with an incident of"
          + " type {} (Cockpit)", Duration.between(start, Instant.now()).toMillis(), migrated, failed,
          RunningInstanceMigration.INCIDENT_TYPE);
    } else {
      LOG.info("Upgrade done in {} ms: {} instance(s) migrated, none left on an earlier version of the program's"
          + " processes", Duration.between(start, Instant.now()).toMillis(), migrated);
    }
  }
}
