package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationrouter.sla.BusinessCalendarTest.WARSAW;
import static org.escalationrouter.sla.BusinessCalendarTest.at;

import java.time.Duration;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class SlaSchedulerTest {

  final BusinessCalendar warsaw = BusinessCalendar.officeHours(WARSAW);
  final OrgChart chart = new OrgChart().person("ceo", warsaw);
  final TestClock clock = TestClock.at(SlaTimersTest.MONDAY_9);
  final TimerDatabase db = TimerDatabase.h2InMemory();
  final SlaTimers timers = db.daemon(chart, clock, "daemon-a");
  final RecordedNotices notices = new RecordedNotices();

  static SlaSettings settings(boolean enabled, int batchSize) {
    return new SlaSettings(
        enabled, Duration.ofSeconds(5), batchSize, Duration.ofMinutes(1), null, null);
  }

  SlaScheduler scheduler(SlaSettings settings) {
    return new SlaScheduler(timers, notices, clock, settings);
  }

  void openCase(String caseId) {
    timers.schedule(
        caseId, "ceo", SlaSchedule.of(SlaTimersTest.PRINCIPAL, warsaw, clock.instant()), 0);
  }

  @Test
  void pollAsksTheInjectedClockWhatIsDue() {
    openCase("C-1");
    SlaScheduler scheduler = scheduler(settings(true, 50));

    assertThat(scheduler.poll()).isZero();
    clock.set(at("2025-06-16T11:00", WARSAW));
    assertThat(scheduler.poll()).isOne();
    assertThat(scheduler.poll()).isZero();
  }

  @Test
  void pollKeepsGoingPastAFullBatch() {
    openCase("C-1");
    openCase("C-2");
    clock.set(at("2025-06-20T12:00", WARSAW));

    assertThat(scheduler(settings(true, 5)).poll()).isEqualTo(12);
    assertThat(notices.events()).hasSize(12);
  }

  @Test
  void pollSurvivesADatabaseThatIsGone() {
    openCase("C-1");
    db.jdbc.sql("shutdown").update();
    clock.set(at("2025-06-20T12:00", WARSAW));

    assertThat(scheduler(settings(true, 5)).poll()).isZero();
  }

  @Test
  void startsAndStopsWithTheContextUnlessDisabled() {
    SlaScheduler scheduler = scheduler(settings(true, 5));
    assertThat(scheduler.isAutoStartup()).isTrue();
    assertThat(scheduler(settings(false, 5)).isAutoStartup()).isFalse();

    scheduler.start();
    assertThat(scheduler.isRunning()).isTrue();
    scheduler.stop();
    assertThat(scheduler.isRunning()).isFalse();
  }
}
