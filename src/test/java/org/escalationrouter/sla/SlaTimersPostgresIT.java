package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.escalationrouter.testsupport.PostgresSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The timer store on a real PostgreSQL, where production runs. Needs ESCALATION_IT_PG_URL,
 * ESCALATION_IT_PG_USER and ESCALATION_IT_PG_PASSWORD, and fails without them rather than skip
 * ({@code TestServices}). Each test gets a schema of its own, dropped afterwards.
 */
class SlaTimersPostgresIT extends SeveralDaemonsOnOneDatabase {

  final PostgresSchemas schemas = new PostgresSchemas();
  final List<TimerDatabase> databases = new ArrayList<>();

  @Override
  TimerDatabase database() {
    TimerDatabase db =
        TimerDatabase.migrated(PostgresSchemas.dataSource(schemas.fresh("sla_it_")))
            .withDaemonPools();
    databases.add(db);
    return db;
  }

  @AfterEach
  void dropSchemas() {
    databases.forEach(TimerDatabase::close);
    schemas.dropAll();
  }

  @Test
  void instantsRoundTripThroughTimestampWithTimeZone() {
    TimerDatabase db = database();
    SlaTimers timers = db.daemon(chart, clock, "daemon-a");
    SlaSchedule schedule = SlaSchedule.of(SlaTimersTest.PRINCIPAL, utc, OPENED);

    timers.schedule("C-1", "ceo", schedule, 0);

    assertThat(timers.pending("C-1"))
        .extracting(ScheduledTimer::dueAt)
        .contains(schedule.acknowledgeBy(), schedule.resolveBy())
        .containsAll(schedule.acknowledgeReminders());
    assertThat(
            db.jdbc
                .sql(
                    "select count(*) from sla_timer where due_at = timestamptz '2025-06-16 13:00:00+00'")
                .query(Long.class)
                .single())
        .as("4 working hours from 09:00 UTC")
        .isOne();
  }

  @Test
  void failedActionOnPostgresRollsBackTheEscalationAndWaitsForTheRetry() {
    TimerDatabase db = database();
    chart.person("coo", utc).reportsTo("coo", "ceo");
    SlaTimers timers = db.daemon(chart, clock, "daemon-a");
    timers.schedule("C-1", "coo", SlaSchedule.of(SlaTimersTest.PRINCIPAL, utc, OPENED), 0);
    timers.cancel("C-1", TimerKind.RESOLVE);
    timers.cancel("C-1", java.util.Set.of(TimerKind.REMIND_ACK));
    SlaActions failing =
        new SlaActions() {
          @Override
          public void remind(TimerEvent event) {}

          @Override
          public void breach(TimerEvent event) {
            throw new IllegalStateException("mail relay down");
          }
        };
    Instant breach = Instant.parse("2025-06-16T13:00:00Z");

    assertThat(timers.fireDue(breach, 10, failing)).isZero();
    assertThat(db.count("level = 1")).isZero();

    RecordedNotices notices = new RecordedNotices();
    assertThat(timers.fireDue(breach.plusSeconds(30), 10, notices)).isZero();
    assertThat(timers.fireDue(breach.plusSeconds(60), 10, notices)).isOne();
    assertThat(notices.events()).extracting(TimerEvent::executiveId).containsExactly("ceo");
    assertThat(db.count("level = 1 and executive_id = 'ceo'")).isOne();
  }
}
