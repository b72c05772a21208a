package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escalationrouter.sla.BusinessCalendarTest.WARSAW;
import static org.escalationrouter.sla.BusinessCalendarTest.at;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaScheduleTest {

  final BusinessCalendar warsaw = BusinessCalendar.officeHours(WARSAW);
  final SlaPolicy principal = new SlaPolicy("principal", Duration.ofHours(4), Duration.ofHours(16));

  @Test
  void policyRemindsAtHalfAndNineTenthsByDefault() {
    assertThat(principal.reminderFractions()).containsExactly(0.5, 0.9);
  }

  @Test
  void deadlinesCountWorkingTimeFromTheStart() {
    SlaSchedule schedule = SlaSchedule.of(principal, warsaw, at("2025-06-13T16:00", WARSAW));

    assertThat(schedule.acknowledgeBy()).isEqualTo(at("2025-06-16T12:00", WARSAW));
    assertThat(schedule.resolveBy())
        .as("1h Friday, 8h Monday, 7h Tuesday")
        .isEqualTo(at("2025-06-17T16:00", WARSAW));
  }

  @Test
  void remindersFallAtFractionsOfTheWorkingTime() {
    SlaSchedule schedule = SlaSchedule.of(principal, warsaw, at("2025-06-13T16:00", WARSAW));

    // 2h and 3h36m of working time: one hour on Friday, the rest on Monday
    assertThat(schedule.acknowledgeReminders())
        .containsExactly(at("2025-06-16T10:00", WARSAW), at("2025-06-16T11:36", WARSAW));
    // 8h and 14h24m
    assertThat(schedule.resolveReminders())
        .containsExactly(at("2025-06-16T16:00", WARSAW), at("2025-06-17T14:24", WARSAW));
  }

  @Test
  void reminderLandingOnClosingTimeMovesToNextOpening() {
    // half of 2h from 16:00 Friday is 17:00 Friday, when nobody reads mail
    SlaPolicy twoHours = new SlaPolicy("short", Duration.ofHours(2), Duration.ofHours(8));

    SlaSchedule schedule = SlaSchedule.of(twoHours, warsaw, at("2025-06-13T16:00", WARSAW));

    assertThat(schedule.acknowledgeReminders().get(0)).isEqualTo(at("2025-06-16T09:00", WARSAW));
    assertThat(schedule.acknowledgeReminders())
        .allSatisfy(reminder -> assertThat(warsaw.isWorkingTime(reminder)).isTrue());
  }

  @Test
  void remindersAndDeadlinesSkipHolidays() {
    BusinessCalendar withHoliday = warsaw.withHolidays(LocalDate.of(2025, 6, 16));

    SlaSchedule schedule = SlaSchedule.of(principal, withHoliday, at("2025-06-13T16:00", WARSAW));

    assertThat(schedule.acknowledgeReminders())
        .containsExactly(at("2025-06-17T10:00", WARSAW), at("2025-06-17T11:36", WARSAW));
    assertThat(schedule.acknowledgeBy()).isEqualTo(at("2025-06-17T12:00", WARSAW));
  }

  @Test
  void caseRoutedAtNightGetsRemindersOnlyInWorkingHours() {
    SlaSchedule schedule = SlaSchedule.of(principal, warsaw, at("2025-06-11T23:30", WARSAW));

    assertThat(schedule.acknowledgeReminders())
        .containsExactly(at("2025-06-12T11:00", WARSAW), at("2025-06-12T12:36", WARSAW));
    assertThat(schedule.acknowledgeReminders())
        .allSatisfy(reminder -> assertThat(schedule.acknowledgeBy()).isAfter(reminder));
  }

  @Test
  void customFractionsAreSortedAndChecked() {
    SlaPolicy custom =
        new SlaPolicy("custom", Duration.ofHours(8), Duration.ofHours(8), List.of(0.75, 0.25));

    assertThat(custom.reminderFractions()).containsExactly(0.25, 0.75);
    assertThatThrownBy(
            () -> new SlaPolicy("bad", Duration.ofHours(1), Duration.ofHours(2), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlaPolicy("zero", Duration.ZERO, Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
