package org.escalationrouter.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When an executive works: their zone, working periods per weekday, holidays and absences.
 * Deadlines count only working time, measured in real elapsed time, so a DST change inside a
 * working period lengthens or shortens that day; holidays are skipped whole. Absences do not stop
 * the clock: a deputy stands in instead.
 */
public record BusinessCalendar(
    ZoneId zone,
    Map<DayOfWeek, List<WorkingPeriod>> hours,
    List<LocalDate> holidays,
    List<OutOfOffice> outOfOffice) {

  /** Far enough to cross any run of holidays, near enough to stop on a calendar with no work. */
  private static final int SEARCH_DAYS = 5 * 366;

  public BusinessCalendar {
    EnumMap<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    hours.forEach((day, periods) -> week.put(day, sortedWithoutOverlap(day, periods)));
    if (week.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException("a business calendar needs some working hours");
    }
    hours = Collections.unmodifiableMap(week);
    holidays = holidays.stream().distinct().sorted().toList();
    outOfOffice = List.copyOf(outOfOffice);
  }

  /** Monday to Friday, 09:00 to 17:00, no holidays, nobody away. */
  public static BusinessCalendar officeHours(ZoneId zone) {
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
      week.put(day, weekend ? List.of() : List.of(WorkingPeriod.of("09:00", "17:00")));
    }
    return new BusinessCalendar(zone, week, List.of(), List.of());
  }

  /** The same calendar with a weekday's periods replaced; no periods makes it a day off. */
  public BusinessCalendar withHours(DayOfWeek day, WorkingPeriod... periods) {
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(hours);
    week.put(day, List.of(periods));
    return new BusinessCalendar(zone, week, holidays, outOfOffice);
  }

  public BusinessCalendar withHolidays(Collection<LocalDate> more) {
    List<LocalDate> all = new ArrayList<>(holidays);
    all.addAll(more);
    return new BusinessCalendar(zone, hours, all, outOfOffice);
  }

  public BusinessCalendar withHolidays(LocalDate... more) {
    return withHolidays(Arrays.asList(more));
  }

  public BusinessCalendar withOutOfOffice(OutOfOffice... absences) {
    List<OutOfOffice> all = new ArrayList<>(outOfOffice);
    all.addAll(Arrays.asList(absences));
    return new BusinessCalendar(zone, hours, holidays, all);
  }

  /**
   * The moment {@code amount} of working time after {@code start} is used up. Work that runs out
   * exactly at the end of a period ends there (Friday 17:00, not Monday 09:00); a zero amount gives
   * the next working moment.
   */
  public Instant addWorkingTime(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("working time cannot be negative: " + amount);
    }
    Duration left = amount;
    LocalDate day = LocalDate.ofInstant(start, zone);
    for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
      for (Interval period : workingIntervals(day)) {
        if (!period.until().isAfter(start)) {
          continue;
        }
        Instant from = period.from().isAfter(start) ? period.from() : start;
        Duration available = Duration.between(from, period.until());
        if (left.compareTo(available) <= 0) {
          return from.plus(left);
        }
        left = left.minus(available);
      }
    }
    throw new IllegalStateException("no working time within " + SEARCH_DAYS + " days of " + start);
  }

  /** {@code moment} itself when it is working time, else the start of the next working period. */
  public Instant nextWorkingMoment(Instant moment) {
    return addWorkingTime(moment, Duration.ZERO);
  }

  public boolean isWorkingTime(Instant moment) {
    return workingIntervals(LocalDate.ofInstant(moment, zone)).stream()
        .anyMatch(period -> period.contains(moment));
  }

  public boolean isOutOfOffice(Instant moment) {
    return outOfOffice.stream().anyMatch(absence -> absence.covers(moment));
  }

  private List<Interval> workingIntervals(LocalDate day) {
    if (holidays.contains(day)) {
      return List.of();
    }
    return hours.getOrDefault(day.getDayOfWeek(), List.of()).stream()
        .map(period -> period.on(day, zone))
        .filter(interval -> !interval.isEmpty())
        .toList();
  }

  private static List<WorkingPeriod> sortedWithoutOverlap(
      DayOfWeek day, List<WorkingPeriod> periods) {
    List<WorkingPeriod> sorted =
        periods.stream().sorted(Comparator.comparing(WorkingPeriod::start)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException("overlapping working periods on " + day + ": " + sorted);
      }
    }
    return sorted;
  }
}
