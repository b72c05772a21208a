package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeLeftTest {

  @Test
  void readsAsDaysHoursOrMinutesAndSaysWhenOverdue() {
    assertThat(TimeLeft.text(Duration.ofHours(50))).isEqualTo("2d 2h");
    assertThat(TimeLeft.text(Duration.ofMinutes(200))).isEqualTo("3h 20m");
    assertThat(TimeLeft.text(Duration.ofMinutes(-45))).isEqualTo("45m overdue");
    assertThat(TimeLeft.text(Duration.ofSeconds(-10))).isEqualTo("1m overdue");
    assertThat(TimeLeft.text(null)).isEqualTo("no deadline");
  }
}
