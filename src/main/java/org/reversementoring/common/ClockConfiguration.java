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
   * The program's clock, the one answer to "now" and "today". It reads the engine's clock, so
   * that tests which move the engine clock (timers, reminders, retention) move the domain's
   * "now" with it; its zone is the program's ({@code reverse-mentoring.zone}), not the server's,
   * so {@code LocalDate.now(clock)} and {@code Year.now(clock)} are the day and year there.
   */
  @Bean
  Clock clock(ProgramProperties program) {
    ZoneId zone = program.zone();
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId otherZone) {
        return Clock.fixed(instant(), otherZone);
      }

      @Override
      public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
      }
    };
  }
}
