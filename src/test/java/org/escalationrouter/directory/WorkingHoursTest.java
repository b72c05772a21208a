package org.escalationrouter.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.escalationrouter.sla.WorkingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTest {

  @ParameterizedTest
  @CsvSource({
    "Mon-Fri 09:00-17:00, MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY",
    // the whole week: the range ends on the day before it starts again (was read as no day)
    "Mon-Sun 00:00-23:59, MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY",
    "Fri-Mon 10:00-14:00, MONDAY FRIDAY SATURDAY SUNDAY",
    "Sat 08:00-12:00, SATURDAY",
    "sun-sat 01:00-02:00, MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY"
  })
  void aRangeOfDaysCoversEachDayFromTheFirstToTheLastOnce(String spec, String days) {
    Map<DayOfWeek, List<WorkingPeriod>> week = WorkingHours.parse(spec);

    assertThat(week.keySet())
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(days.split(" ")).map(DayOfWeek::valueOf).toList());
    assertThat(week.values()).allSatisfy(periods -> assertThat(periods).hasSize(1));
  }

  @Test
  void groupsAddTheirPeriodsToTheirDays() {
    Map<DayOfWeek, List<WorkingPeriod>> week =
        WorkingHours.parse("Mon-Thu 09:00-17:00; Fri 09:00-13:00, Mon 18:00-19:00");

    assertThat(week.get(DayOfWeek.MONDAY))
        .containsExactly(
            new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(17, 0)),
            new WorkingPeriod(LocalTime.of(18, 0), LocalTime.of(19, 0)));
    assertThat(week.get(DayOfWeek.FRIDAY))
        .containsExactly(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(13, 0)));
    assertThat(week).doesNotContainKeys(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void anUnknownDayOrAnEndBeforeTheStartIsRefused() {
    assertThatThrownBy(() -> WorkingHours.parse("Mon-Fry 09:00-17:00"))
        .hasMessageContaining("unknown weekday 'Fry'");
    assertThatThrownBy(() -> WorkingHours.parse("Mon 17:00-09:00"))
        .hasMessageContaining("end before they start");
  }
}
