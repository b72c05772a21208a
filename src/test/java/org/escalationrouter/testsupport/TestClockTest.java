package org.escalationrouter.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The test clock moves only when the test says, by a step per read, or ahead of real time. */
class TestClockTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aClockAtAMomentStandsStillUntilMovedOrSet() {
    TestClock clock = TestClock.at(START);

    assertThat(clock.instant()).isEqualTo(START).isEqualTo(clock.instant());
    clock.advance(Duration.ofMinutes(5));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));
    clock.set(START.minusSeconds(1));
    assertThat(clock.instant()).isEqualTo(START.minusSeconds(1));
  }

  @Test
  void aSteppingClockMovesByItsStepAtEachRead() {
    TestClock clock = TestClock.stepping(START, Duration.ofMinutes(1));

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
    clock.advance(Duration.ofHours(1));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(120 + 3600));
  }

  @Test
  void aRealTimeClockRunsWithRealTimeAndJumpsAhead() {
    TestClock clock = TestClock.realTime();
    Instant before = Instant.now();

    clock.advance(Duration.ofDays(2));

    assertThat(clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(2)));
    assertThat(clock.instant()).isBeforeOrEqualTo(Instant.now().plus(Duration.ofDays(2)));
    assertThatThrownBy(() -> clock.set(START)).isInstanceOf(UnsupportedOperationException.class);
  }
}
