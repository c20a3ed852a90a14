package org.reversementoring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-06T09:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  });

  @Test
  void aGuesserIsPausedButTheOwnerLogsInFromTheirOwnDevice() {
    for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
      assertThat(throttle.allows("203.0.113.9", "carla")).isTrue();
      throttle.failed("203.0.113.9", "carla");
    }
    assertThat(throttle.allows("203.0.113.9", "carla")).as("the guesser's address").isFalse();
    assertThat(throttle.allows("198.51.100.20", "carla")).as("carla at her desk").isTrue();
    assertThat(throttle.allows("203.0.113.9", "lena")).as("other accounts from that address, for now").isTrue();

    now = now.plus(LoginThrottle.WINDOW);
    assertThat(throttle.allows("203.0.113.9", "carla")).as("after the window").isTrue();
  }

  @Test
  void anAddressTryingManyAccountsIsPausedForAll() {
    for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
      throttle.failed("203.0.113.9", "user" + i);
    }
    assertThat(throttle.allows("203.0.113.9", "someone-new")).isFalse();
    assertThat(throttle.allows("198.51.100.20", "someone-new")).isTrue();
  }

  @Test
  void aSuccessfulLoginClearsTheAccountsCount() {
    for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT - 1; i++) {
      throttle.failed("198.51.100.20", "carla");
    }
    throttle.succeeded("198.51.100.20", "carla");
    throttle.failed("198.51.100.20", "carla");
    assertThat(throttle.allows("198.51.100.20", "carla")).isTrue();
  }
}
