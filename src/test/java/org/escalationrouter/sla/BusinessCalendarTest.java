package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static Instant at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  final BusinessCalendar warsaw = BusinessCalendar.officeHours(WARSAW);
  final BusinessCalendar newYork = BusinessCalendar.officeHours(NEW_YORK);

  @Test
  void fourHourDeadlineSetFridayAfternoonLandsMondayNoon() {
    Instant deadline = warsaw.addWorkingTime(at("2025-06-13T16:00", WARSAW), Duration.ofHours(4));

    assertThat(deadline).isEqualTo(at("2025-06-16T12:00", WARSAW));
  }

  @Test
  void deadlineInsideTheDayStaysOnThatDay() {
    Instant deadline = warsaw.addWorkingTime(at("2025-06-11T10:15", WARSAW), Duration.ofHours(3));

    assertThat(deadline).isEqualTo(at("2025-06-11T13:15", WARSAW));
  }

  @Test
  void workRunningOutAtClosingTimeEndsAtClosingTime() {
    Instant deadline = warsaw.addWorkingTime(at("2025-06-13T16:00", WARSAW), Duration.ofHours(1));

    assertThat(deadline).isEqualTo(at("2025-06-13T17:00", WARSAW));
  }

  @Test
  void caseOpenedAtTheWeekendStartsCountingMondayMorning() {
    Instant deadline = warsaw.addWorkingTime(at("2025-06-14T11:00", WARSAW), Duration.ofHours(2));

    assertThat(deadline).isEqualTo(at("2025-06-16T11:00", WARSAW));
  }

  @Test
  void caseOpenedBeforeOpeningStartsCountingAtOpening() {
    Instant deadline =
        warsaw.addWorkingTime(at("2025-06-11T06:30", WARSAW), Duration.ofMinutes(90));

    assertThat(deadline).isEqualTo(at("2025-06-11T10:30", WARSAW));
  }

  @Test
  void longDeadlineSpansSeveralWorkingDays() {
    Instant deadline = warsaw.addWorkingTime(at("2025-06-11T09:00", WARSAW), Duration.ofHours(20));

    assertThat(deadline).as("8h Wed, 8h Thu, 4h Fri").isEqualTo(at("2025-06-13T13:00", WARSAW));
  }

  @Test
  void holidaysAreSkippedWhole() {
    // 11 November, Polish Independence Day, a Tuesday in 2025
    BusinessCalendar withHoliday = warsaw.withHolidays(LocalDate.of(2025, 11, 11));

    Instant deadline =
        withHoliday.addWorkingTime(at("2025-11-10T16:00", WARSAW), Duration.ofHours(2));

    assertThat(deadline).isEqualTo(at("2025-11-12T10:00", WARSAW));
    assertThat(withHoliday.isWorkingTime(at("2025-11-11T12:00", WARSAW))).isFalse();
  }

  @Test
  void holidayAfterAWeekendPushesToTuesday() {
    // Easter Monday 2025
    BusinessCalendar withHoliday = warsaw.withHolidays(LocalDate.of(2025, 4, 21));

    Instant deadline =
        withHoliday.addWorkingTime(at("2025-04-18T16:30", WARSAW), Duration.ofHours(1));

    assertThat(deadline).isEqualTo(at("2025-04-22T09:30", WARSAW));
  }

  @Test
  void splitWorkingDaySkipsTheLunchBreak() {
    BusinessCalendar split =
        warsaw.withHours(
            DayOfWeek.WEDNESDAY,
            WorkingPeriod.of("09:00", "12:00"),
            WorkingPeriod.of("13:00", "17:00"));

    Instant deadline = split.addWorkingTime(at("2025-06-11T11:00", WARSAW), Duration.ofHours(2));

    assertThat(deadline).isEqualTo(at("2025-06-11T14:00", WARSAW));
    assertThat(split.isWorkingTime(at("2025-06-11T12:30", WARSAW))).isFalse();
    assertThat(split.nextWorkingMoment(at("2025-06-11T12:30", WARSAW)))
        .isEqualTo(at("2025-06-11T13:00", WARSAW));
  }

  @Test
  void springForwardWeekendKeepsMondayOpeningAtNineLocalInWarsaw() {
    // clocks go 02:00 -> 03:00 on Sunday 30 March 2025
    Instant deadline = warsaw.addWorkingTime(at("2025-03-28T16:00", WARSAW), Duration.ofHours(4));

    assertThat(deadline).isEqualTo(at("2025-03-31T12:00", WARSAW));
    assertThat(Duration.between(at("2025-03-28T16:00", WARSAW), deadline))
        .as("one hour less of wall time than a plain weekend")
        .isEqualTo(Duration.ofHours(67));
  }

  @Test
  void fallBackWeekendKeepsMondayOpeningAtNineLocalInWarsaw() {
    // clocks go 03:00 -> 02:00 on Sunday 26 October 2025
    Instant deadline = warsaw.addWorkingTime(at("2025-10-24T16:00", WARSAW), Duration.ofHours(4));

    assertThat(deadline).isEqualTo(at("2025-10-27T12:00", WARSAW));
    assertThat(Duration.between(at("2025-10-24T16:00", WARSAW), deadline))
        .isEqualTo(Duration.ofHours(69));
  }

  @Test
  void springForwardAndFallBackWeekendsInNewYork() {
    assertThat(newYork.addWorkingTime(at("2025-03-07T15:00", NEW_YORK), Duration.ofHours(3)))
        .isEqualTo(at("2025-03-10T10:00", NEW_YORK));
    assertThat(newYork.addWorkingTime(at("2025-10-31T15:00", NEW_YORK), Duration.ofHours(3)))
        .isEqualTo(at("2025-11-03T10:00", NEW_YORK));
  }

  @Test
  void nightShiftLosesAnHourOfWorkWhenClocksSpringForward() {
    BusinessCalendar sundayNights = onlySundays(WARSAW, "00:00", "06:00");
    Instant start = at("2025-03-30T00:00", WARSAW);

    assertThat(sundayNights.addWorkingTime(start, Duration.ofHours(5)))
        .as("00:00-06:00 holds only five real hours that night")
        .isEqualTo(at("2025-03-30T06:00", WARSAW));
    assertThat(sundayNights.addWorkingTime(start, Duration.ofHours(6)))
        .isEqualTo(at("2025-04-06T01:00", WARSAW));
  }

  @Test
  void nightShiftGainsAnHourOfWorkWhenClocksFallBack() {
    BusinessCalendar sundayNights = onlySundays(WARSAW, "00:00", "06:00");
    Instant start = at("2025-10-26T00:00", WARSAW);

    assertThat(sundayNights.addWorkingTime(start, Duration.ofHours(7)))
        .as("00:00-06:00 holds seven real hours that night")
        .isEqualTo(at("2025-10-26T06:00", WARSAW));
    assertThat(sundayNights.addWorkingTime(start, Duration.ofHours(6)))
        .isEqualTo(at("2025-10-26T05:00", WARSAW));
  }

  @Test
  void nightShiftAcrossNewYorkTransitions() {
    BusinessCalendar sundayNights = onlySundays(NEW_YORK, "00:00", "06:00");

    assertThat(sundayNights.addWorkingTime(at("2025-03-09T00:00", NEW_YORK), Duration.ofHours(5)))
        .isEqualTo(at("2025-03-09T06:00", NEW_YORK));
    assertThat(sundayNights.addWorkingTime(at("2025-11-02T00:00", NEW_YORK), Duration.ofHours(7)))
        .isEqualTo(at("2025-11-02T06:00", NEW_YORK));
  }

  @Test
  void theSameMomentMeansDifferentDeadlinesInDifferentZones() {
    Instant fridayAfternoonInWarsaw = at("2025-06-13T16:00", WARSAW); // 10:00 in New York

    assertThat(newYork.addWorkingTime(fridayAfternoonInWarsaw, Duration.ofHours(4)))
        .isEqualTo(at("2025-06-13T14:00", NEW_YORK));
    assertThat(warsaw.addWorkingTime(fridayAfternoonInWarsaw, Duration.ofHours(4)))
        .isEqualTo(at("2025-06-16T12:00", WARSAW));
  }

  @Test
  void periodEndingAtMidnightRunsToTheEndOfTheDay() {
    BusinessCalendar lateShift = onlySundays(WARSAW, "20:00", "00:00");

    assertThat(lateShift.addWorkingTime(at("2025-06-15T22:00", WARSAW), Duration.ofHours(2)))
        .isEqualTo(at("2025-06-16T00:00", WARSAW));
    assertThat(lateShift.isWorkingTime(at("2025-06-15T23:59", WARSAW))).isTrue();
  }

  @Test
  void nextWorkingMomentIsNowDuringHoursAndTheNextOpeningOtherwise() {
    Instant tuesdayNoon = at("2025-06-10T12:00", WARSAW);

    assertThat(warsaw.nextWorkingMoment(tuesdayNoon)).isEqualTo(tuesdayNoon);
    assertThat(warsaw.nextWorkingMoment(at("2025-06-10T17:00", WARSAW)))
        .as("closing time itself is not working time")
        .isEqualTo(at("2025-06-11T09:00", WARSAW));
    assertThat(warsaw.nextWorkingMoment(at("2025-06-14T10:00", WARSAW)))
        .isEqualTo(at("2025-06-16T09:00", WARSAW));
    assertThat(warsaw.nextWorkingMoment(at("2025-06-10T07:59", WARSAW)))
        .isEqualTo(at("2025-06-10T09:00", WARSAW));
  }

  @Test
  void outOfOfficeCoversWholeLocalDays() {
    BusinessCalendar away =
        warsaw.withOutOfOffice(
            OutOfOffice.days(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 11), WARSAW));

    assertThat(away.isOutOfOffice(at("2025-07-06T23:59", WARSAW))).isFalse();
    assertThat(away.isOutOfOffice(at("2025-07-07T00:00", WARSAW))).isTrue();
    assertThat(away.isOutOfOffice(at("2025-07-11T23:59", WARSAW))).isTrue();
    assertThat(away.isOutOfOffice(at("2025-07-12T00:00", WARSAW))).isFalse();
    assertThat(warsaw.isOutOfOffice(at("2025-07-08T10:00", WARSAW))).isFalse();
  }

  @Test
  void absenceDoesNotStopTheClock() {
    BusinessCalendar away =
        warsaw.withOutOfOffice(
            OutOfOffice.days(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 11), WARSAW));

    assertThat(away.addWorkingTime(at("2025-07-07T09:00", WARSAW), Duration.ofHours(4)))
        .isEqualTo(at("2025-07-07T13:00", WARSAW));
  }

  @Test
  void rejectsOverlappingPeriodsEmptyWeeksAndNegativeTime() {
    assertThatThrownBy(
            () ->
                warsaw.withHours(
                    DayOfWeek.MONDAY,
                    WorkingPeriod.of("09:00", "13:00"),
                    WorkingPeriod.of("12:00", "17:00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingPeriod.of("17:00", "09:00"))
        .isInstanceOf(IllegalArgumentException.class);
    BusinessCalendar noWork = onlySundays(WARSAW, "09:00", "10:00");
    assertThatThrownBy(() -> noWork.withHours(DayOfWeek.SUNDAY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> warsaw.addWorkingTime(Instant.EPOCH, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static BusinessCalendar onlySundays(ZoneId zone, String start, String end) {
    BusinessCalendar calendar =
        BusinessCalendar.officeHours(zone)
            .withHours(DayOfWeek.SUNDAY, WorkingPeriod.of(start, end));
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SUNDAY) {
        calendar = calendar.withHours(day);
      }
    }
    return calendar;
  }
}
