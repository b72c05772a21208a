package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-03-02T09:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(
          new WebSettings(
              List.of(),
              new WebSettings.Admin("admin", "x", Path.of("data/admin-password")),
              false,
              new WebSettings.LoginThrottle(5, 20, Duration.ofMinutes(15)),
              java.time.Duration.ofMinutes(5)),
          clock);

  @Test
  void fiveFailuresLockTheAccountUntilTheyLeaveTheWindow() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("hale", "10.0.0." + i);
    }
    assertThat(throttle.blocked("hale", "10.0.0.9")).isFalse();
    throttle.failed("hale", "10.0.0.5");
    assertThat(throttle.blocked("hale", "10.0.0.9")).isTrue();
    assertThat(throttle.blocked("nowak", "10.0.0.9")).isFalse();
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(throttle.blocked("hale", "10.0.0.9")).isFalse();
  }

  @Test
  void twentyFailuresFromOneAddressLockThatAddressForEveryAccount() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("user" + i, "203.0.113.7");
      clock.advance(Duration.ofSeconds(10));
    }
    assertThat(throttle.blocked("someone-else", "203.0.113.7")).isTrue();
    assertThat(throttle.blocked("someone-else", "198.51.100.1")).isFalse();
    clock.advance(Duration.ofMinutes(12));
    assertThat(throttle.blocked("someone-else", "203.0.113.7")).isFalse();
  }

  @Test
  void aSuccessClearsTheAccountButNotTheAddress() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("hale", "10.0.0.1");
    }
    throttle.succeeded("hale");
    assertThat(throttle.blocked("hale", "10.0.0.2")).isFalse();
  }
}
