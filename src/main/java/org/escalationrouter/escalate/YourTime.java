package org.escalationrouter.escalate;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.escalationrouter.directory.Executive;

/**
 * Moments and spans as an executive reads them: in their own time zone and date language ("Monday 7
 * December, 13:00"), and durations in words ("2 hours 5 minutes").
 */
public final class YourTime {

  private static final String PATTERN = "EEEE d MMMM, HH:mm";

  private YourTime() {}

  /** "Monday 7 December, 13:00" in the executive's zone and language. */
  public static String at(Instant moment, Executive reader) {
    return DateTimeFormatter.ofPattern(PATTERN, reader.locale())
        .withZone(reader.timeZone())
        .format(moment);
  }

  /** "3 days 2 hours", "2 hours 5 minutes", "45 minutes", "less than a minute". */
  public static String span(Duration d) {
    Duration left = d.isNegative() ? d.negated() : d;
    long days = left.toDays();
    long hours = left.toHoursPart();
    long minutes = left.toMinutesPart();
    if (days > 0) {
      return count(days, "day") + (hours > 0 ? " " + count(hours, "hour") : "");
    }
    if (hours > 0) {
      return count(hours, "hour") + (minutes > 0 ? " " + count(minutes, "minute") : "");
    }
    return minutes > 0 ? count(minutes, "minute") : "less than a minute";
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
