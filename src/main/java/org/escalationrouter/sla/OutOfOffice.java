package org.escalationrouter.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An executive's absence, [from, until). While it lasts their deputy receives their notices. */
public record OutOfOffice(Instant from, Instant until) {

  public OutOfOffice {
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("out-of-office must end after it starts: " + from);
    }
  }

  /** Whole local days, first to last inclusive, in the executive's zone. */
  public static OutOfOffice days(LocalDate first, LocalDate last, ZoneId zone) {
    return new OutOfOffice(
        first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public boolean covers(Instant moment) {
    return !moment.isBefore(from) && moment.isBefore(until);
  }
}
