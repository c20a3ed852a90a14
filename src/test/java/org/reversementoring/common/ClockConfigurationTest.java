package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The program's clock: the engine's time, its "today" in the configured zone. */
class ClockConfigurationTest {

  private static final ProgramProperties.Mail MAIL =
      new ProgramProperties.Mail("office@example.com", "coordinators@example.com");

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void todayIsTheDayInTheProgramsZoneWhateverTheServersZone() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-05T23:16:00Z")));

    assertThat(LocalDate.now(clockIn(null))).as("default Europe/Berlin").isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(LocalDate.now(clockIn(ZoneId.of("America/New_York")))).isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(clockIn(ZoneId.of("Asia/Tokyo")).instant()).as("the engine's time").isEqualTo("2026-12-05T23:16:00Z");
  }

  private static Clock clockIn(ZoneId zone) {
    ProgramProperties program = zone == null
        ? new ProgramProperties("http://mentoring.test", "secret", MAIL)
        : new ProgramProperties("http://mentoring.test", "secret", MAIL, zone);
    return new ClockConfiguration().clock(program);
  }
}
