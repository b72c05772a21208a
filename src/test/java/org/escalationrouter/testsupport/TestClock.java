package org.escalationrouter.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock tests move, so nothing ever sleeps. Three kinds: {@link #at} stands still until the
 * test moves it; {@link #stepping} also moves by a step each time it is read, so a measured piece
 * of work "takes" a known time; {@link #realTime} runs with real time (a daemon keeps polling) and
 * the test jumps it ahead, past a token's expiry, at once. Thread-safe; always in UTC.
 */
public final class TestClock extends Clock {

  /** The hand-moved time, or for real time the jump ahead of it (from the epoch). */
  private final AtomicReference<Instant> moved;

  private final Duration step;
  private final boolean realTime;

  private TestClock(Instant moved, Duration step, boolean realTime) {
    this.moved = new AtomicReference<>(moved);
    this.step = step;
    this.realTime = realTime;
  }

  /** Stands at {@code start} until the test moves it. */
  public static TestClock at(Instant start) {
    return new TestClock(start, Duration.ZERO, false);
  }

  /** Starts at {@code start} and moves by {@code step} each time it is read (and by hand). */
  public static TestClock stepping(Instant start, Duration step) {
    return new TestClock(start, step, false);
  }

  /** Real time, plus whatever the test moves it ahead. */
  public static TestClock realTime() {
    return new TestClock(Instant.EPOCH, Duration.ZERO, true);
  }

  public void advance(Duration amount) {
    moved.updateAndGet(current -> current.plus(amount));
  }

  /** Sets the time; only a clock that stands still or steps can be set. */
  public void set(Instant moment) {
    if (realTime) {
      throw new UnsupportedOperationException("a real-time clock only moves ahead");
    }
    moved.set(moment);
  }

  @Override
  public Instant instant() {
    if (realTime) {
      return Instant.now().plus(Duration.between(Instant.EPOCH, moved.get()));
    }
    return moved.getAndUpdate(current -> current.plus(step));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Tests read instants only; the clock stays in UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
