package org.escalationrouter.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write instants: in UTC, to the minute, the same everywhere. */
final class Moments {

  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  public String at(Instant instant) {
    return instant == null ? "—" : FULL.format(instant);
  }

  public String brief(Instant instant) {
    return instant == null ? "—" : SHORT.format(instant);
  }
}
