package org.escalationrouter.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test moves by hand, and that moves by {@code step} each time it is read (zero: only
 * by hand): a measured piece of work then "takes" a known time, and nothing ever sleeps.
 */
public final class SteppingClock extends Clock {

  private final AtomicReference<Instant> now;
  private final Duration step;

  public SteppingClock(Instant start, Duration step) {
    this.now = new AtomicReference<>(start);
    this.step = step;
  }

  public void advance(Duration amount) {
    now.updateAndGet(current -> current.plus(amount));
  }

  @Override
  public Instant instant() {
    return now.getAndUpdate(current -> current.plus(step));
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
