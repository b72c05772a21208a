package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escalationrouter.sla.BusinessCalendarTest.WARSAW;
import static org.escalationrouter.sla.BusinessCalendarTest.at;

import java.nio.file.Path;
import java.time.Instant;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A daemon stops (cleanly or mid-timer) and a new one starts on the same H2 file database. */
class SlaTimersRestartTest {

  static final Instant MONDAY_9 = at("2025-06-16T09:00", WARSAW);
  static final Instant WEDNESDAY_NOON = at("2025-06-18T12:00", WARSAW);

  @TempDir Path folder;

  final BusinessCalendar warsaw = BusinessCalendar.officeHours(WARSAW);
  final OrgChart chart = new OrgChart().person("ceo", warsaw);
  final TestClock clock = TestClock.at(MONDAY_9);

  TimerDatabase start() {
    return TimerDatabase.migrated(
        new DriverManagerDataSource(
            "jdbc:h2:file:"
                + folder.resolve("escalation")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"));
  }

  void stop(TimerDatabase db) {
    db.jdbc.sql("shutdown").update();
  }

  void openCaseAndStop() {
    TimerDatabase before = start();
    before
        .daemon(chart, clock, "before")
        .schedule("C-1", "ceo", SlaSchedule.of(SlaTimersTest.PRINCIPAL, warsaw, MONDAY_9), 0);
    stop(before);
  }

  @Test
  void timersThatCameDueWhileDownFireOnceAfterRestart() {
    openCaseAndStop();
    clock.set(WEDNESDAY_NOON);

    TimerDatabase after = start();
    RecordedNotices notices = new RecordedNotices();
    SlaTimers restarted = after.daemon(chart, clock, "after");

    assertThat(restarted.fireDue(clock.instant(), 100, notices)).isEqualTo(6);
    assertThat(restarted.fireDue(clock.instant(), 100, notices)).isZero();
    assertThat(notices.events()).extracting(TimerEvent::timerId).doesNotHaveDuplicates();
    stop(after);

    TimerDatabase again = start();
    assertThat(again.daemon(chart, clock, "again").fireDue(clock.instant(), 100, notices)).isZero();
    assertThat(notices.events()).hasSize(6);
    stop(again);
  }

  @Test
  void timerInterruptedByACrashFiresOnceAfterRestart() {
    openCaseAndStop();
    clock.set(WEDNESDAY_NOON);
    TimerDatabase crashing = start();
    SlaActions dyingMidAction =
        new SlaActions() {
          @Override
          public void remind(TimerEvent event) {
            throw new OutOfMemoryError("the process dies here");
          }

          @Override
          public void breach(TimerEvent event) {
            remind(event);
          }
        };

    assertThatThrownBy(
            () ->
                crashing
                    .daemon(chart, clock, "crashing")
                    .fireDue(clock.instant(), 100, dyingMidAction))
        .isInstanceOf(OutOfMemoryError.class);
    assertThat(crashing.count("fired_at is not null or claimed_by is not null")).isZero();
    stop(crashing);

    TimerDatabase after = start();
    RecordedNotices notices = new RecordedNotices();
    SlaTimers restarted = after.daemon(chart, clock, "after");
    assertThat(restarted.fireDue(clock.instant(), 100, notices)).isEqualTo(6);
    assertThat(restarted.fireDue(clock.instant(), 100, notices)).isZero();
    assertThat(notices.events().get(0).dueAt())
        .as("the interrupted reminder comes first, once")
        .isEqualTo(at("2025-06-16T11:00", WARSAW));
    assertThat(notices.events()).extracting(TimerEvent::timerId).doesNotHaveDuplicates();
    stop(after);
  }
}
