package org.reversementoring.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

  /**
   * The domain reads time from the engine's clock, so that tests which move the engine clock
   * (timers, reminders, retention) move the domain's notion of "now" with it.
   */
  @Bean
  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneId.systemDefault();
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
      }

      @Override
      public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
      }
    };
  }
}
