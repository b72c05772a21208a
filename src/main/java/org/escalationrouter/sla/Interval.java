package org.escalationrouter.sla;

import java.time.Duration;
import java.time.Instant;

/** A half-open stretch of real time [from, until). */
record Interval(Instant from, Instant until) {

  boolean isEmpty() {
    return !until.isAfter(from);
  }

  boolean contains(Instant moment) {
    return !moment.isBefore(from) && moment.isBefore(until);
  }

  Duration length() {
    return isEmpty() ? Duration.ZERO : Duration.between(from, until);
  }
}
