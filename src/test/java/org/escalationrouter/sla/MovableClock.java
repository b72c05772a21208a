package org.escalationrouter.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand, so nothing ever sleeps. */
final class MovableClock extends Clock {

  private final AtomicReference<Instant> now;

  MovableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  void set(Instant moment) {
    now.set(moment);
  }

  void advance(Duration amount) {
    now.updateAndGet(current -> current.plus(amount));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests read instants only");
  }
}
