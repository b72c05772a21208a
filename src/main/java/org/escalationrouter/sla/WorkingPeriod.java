package org.escalationrouter.sla;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One stretch of working time within a day, in the executive's local time, end exclusive. An end of
 * 00:00 means midnight at the end of the day, so a period never runs into the next day.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

  public WorkingPeriod {
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw new IllegalArgumentException("working period must end after it starts: " + this);
    }
  }

  public static WorkingPeriod of(String start, String end) {
    return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
  }

  boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  boolean overlaps(WorkingPeriod other) {
    return start.isBefore(other.endOfDayAware()) && other.start.isBefore(endOfDayAware());
  }

  /** The period on a given day as real instants; a DST gap shortens it, an overlap lengthens it. */
  Interval on(LocalDate day, ZoneId zone) {
    ZonedDateTime from = ZonedDateTime.of(day, start, zone);
    ZonedDateTime until =
        endsAtMidnight()
            ? day.plusDays(1).atStartOfDay(zone)
            : ZonedDateTime.of(day, end, zone).withLaterOffsetAtOverlap();
    return new Interval(from.withEarlierOffsetAtOverlap().toInstant(), until.toInstant());
  }

  private LocalTime endOfDayAware() {
    return endsAtMidnight() ? LocalTime.MAX : end;
  }
}
