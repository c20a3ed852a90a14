package org.reversementoring.tandem;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.reversementoring.common.ProgramProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reverse-mentoring.tandem}. Nothing needs configuring: the weekly slots
 * {@code MON-AM} ... {@code FRI-PM} that mentors and mentees name begin at 10:00 (AM) and 14:00
 * (PM) Berlin time, the kickoff lasts an hour and is proposed at least two days ahead.
 *
 * <pre>
 * reverse-mentoring:
 *   tandem:
 *     zone: ${reverse-mentoring.zone}
 *     morning-start: "10:00"
 *     afternoon-start: "14:00"
 *     kickoff-duration: PT1H
 *     kickoff-notice: P2D
 * </pre>
 *
 * @param zone            the zone the slots' and sessions' times are meant in; application.yml
 *                        sets it to the program's zone ({@code reverse-mentoring.zone})
 * @param morningStart    when an AM slot's meeting begins
 * @param afternoonStart  when a PM slot's meeting begins
 * @param kickoffDuration how long the kickoff meeting is
 * @param kickoffNotice   the kickoff is never proposed sooner than this after the tandem is formed
 */
@ConfigurationProperties("reverse-mentoring.tandem")
public record TandemProperties(
    @DefaultValue(ProgramProperties.DEFAULT_ZONE) ZoneId zone,
    @DefaultValue("10:00") LocalTime morningStart,
    @DefaultValue("14:00") LocalTime afternoonStart,
    @DefaultValue("PT1H") Duration kickoffDuration,
    @DefaultValue("P2D") Duration kickoffNotice) {

  public TandemProperties {
    if (kickoffDuration.isNegative() || kickoffDuration.isZero()) {
      throw new IllegalArgumentException("reverse-mentoring.tandem.kickoff-duration must be positive");
    }
    if (kickoffNotice.isNegative()) {
      throw new IllegalArgumentException("reverse-mentoring.tandem.kickoff-notice must not be negative");
    }
    if (!morningStart.isBefore(afternoonStart)) {
      throw new IllegalArgumentException("reverse-mentoring.tandem.morning-start must be before afternoon-start");
    }
  }

  /** Only the defaults. */
  public static TandemProperties defaults() {
    return new TandemProperties(ZoneId.of(ProgramProperties.DEFAULT_ZONE), LocalTime.of(10, 0), LocalTime.of(14, 0),
        Duration.ofHours(1), Duration.ofDays(2));
  }
}
