package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.escalationrouter.sla.BusinessCalendarTest.NEW_YORK;
import static org.escalationrouter.sla.BusinessCalendarTest.WARSAW;
import static org.escalationrouter.sla.BusinessCalendarTest.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.Test;

/** The timer store on embedded H2 in PostgreSQL mode, as the application runs by default. */
class SlaTimersTest {

  static final Instant MONDAY_9 = at("2025-06-16T09:00", WARSAW);
  static final SlaPolicy PRINCIPAL =
      new SlaPolicy("principal", Duration.ofHours(4), Duration.ofHours(16));

  final BusinessCalendar warsaw = BusinessCalendar.officeHours(WARSAW);
  final TestClock clock = TestClock.at(MONDAY_9);
  final OrgChart chart =
      new OrgChart()
          .person("head-of-legal", warsaw)
          .person("coo", BusinessCalendar.officeHours(NEW_YORK))
          .person("ceo", warsaw)
          .person("chief-of-staff", warsaw)
          .reportsTo("head-of-legal", "coo")
          .reportsTo("coo", "ceo")
          .deputy("coo", "chief-of-staff")
          .deputy("head-of-legal", "coo");
  final TimerDatabase db = TimerDatabase.h2InMemory();
  final RecordedNotices notices = new RecordedNotices();

  SlaTimers timers = db.daemon(chart, clock, "daemon-a");

  void openCase(String caseId) {
    timers.schedule(caseId, "head-of-legal", SlaSchedule.of(PRINCIPAL, warsaw, clock.instant()), 0);
  }

  int fireAt(Instant now) {
    clock.set(now);
    return timers.fireDue(now, 100, notices);
  }

  @Test
  void schedulingStoresRemindersAndBothBreachesSoonestFirst() {
    openCase("C-1");

    assertThat(timers.pending("C-1"))
        .extracting(ScheduledTimer::kind, ScheduledTimer::dueAt)
        .containsExactly(
            tuple(TimerKind.REMIND_ACK, at("2025-06-16T11:00", WARSAW)),
            tuple(TimerKind.REMIND_ACK, at("2025-06-16T12:36", WARSAW)),
            tuple(TimerKind.BREACH_ACK, at("2025-06-16T13:00", WARSAW)),
            tuple(TimerKind.REMIND_RESOLVE, at("2025-06-17T09:00", WARSAW)),
            tuple(TimerKind.REMIND_RESOLVE, at("2025-06-17T15:24", WARSAW)),
            tuple(TimerKind.BREACH_RESOLVE, at("2025-06-17T17:00", WARSAW)));
    assertThat(timers.pending("C-1"))
        .allSatisfy(
            t -> {
              assertThat(t.level()).isZero();
              assertThat(t.executiveId()).isEqualTo("head-of-legal");
            });
  }

  @Test
  void onlyTimersDueByNowFireAndEachOnlyOnce() {
    openCase("C-1");

    assertThat(fireAt(at("2025-06-16T10:59", WARSAW))).isZero();
    assertThat(fireAt(at("2025-06-16T11:00", WARSAW))).isOne();
    assertThat(fireAt(at("2025-06-16T11:30", WARSAW))).isZero();

    TimerEvent reminder = notices.events().get(0);
    assertThat(reminder.kind()).isEqualTo(TimerKind.REMIND_ACK);
    assertThat(reminder.caseId()).isEqualTo("C-1");
    assertThat(reminder.executiveId()).isEqualTo("head-of-legal");
    assertThat(reminder.level()).isZero();
    assertThat(reminder.dueAt()).isEqualTo(at("2025-06-16T11:00", WARSAW));
    assertThat(db.count("fired_at is not null and claimed_by = 'daemon-a'")).isOne();
  }

  @Test
  void overdueTimersFireOldestFirstUpToTheLimit() {
    openCase("C-1");
    clock.set(at("2025-06-16T12:40", WARSAW));

    assertThat(timers.fireDue(clock.instant(), 1, notices)).isOne();
    assertThat(timers.fireDue(clock.instant(), 1, notices)).isOne();
    assertThat(timers.fireDue(clock.instant(), 1, notices)).isZero();

    assertThat(notices.events())
        .extracting(TimerEvent::dueAt)
        .containsExactly(at("2025-06-16T11:00", WARSAW), at("2025-06-16T12:36", WARSAW));
  }

  @Test
  void acknowledgementCancelsTheAcknowledgeTimersOnly() {
    openCase("C-1");
    openCase("C-2");

    assertThat(timers.cancel("C-1", TimerKind.ACKNOWLEDGE)).isEqualTo(3);
    fireAt(at("2025-06-17T09:00", WARSAW));

    assertThat(notices.events())
        .filteredOn(e -> e.caseId().equals("C-1"))
        .extracting(TimerEvent::kind)
        .containsExactly(TimerKind.REMIND_RESOLVE);
    assertThat(notices.events())
        .filteredOn(e -> e.caseId().equals("C-2"))
        .extracting(TimerEvent::kind)
        .containsExactly(
            TimerKind.REMIND_ACK,
            TimerKind.REMIND_ACK,
            TimerKind.BREACH_ACK,
            TimerKind.REMIND_RESOLVE);
  }

  @Test
  void cancellingLeavesFiredTimersAlone() {
    openCase("C-1");
    fireAt(at("2025-06-16T11:00", WARSAW));

    assertThat(timers.cancel("C-1", TimerKind.ACKNOWLEDGE)).isEqualTo(2);
    assertThat(timers.cancel("C-1", TimerKind.ACKNOWLEDGE)).isZero();
    assertThat(db.count("fired_at is not null and cancelled_at is not null")).isZero();
  }

  @Test
  void breachClimbsTheChainInEachManagersCalendarUntilTheTop() {
    openCase("C-1");
    timers.cancel("C-1", TimerKind.RESOLVE);
    timers.cancel("C-1", Set.of(TimerKind.REMIND_ACK));

    fireAt(at("2025-06-16T13:00", WARSAW)); // 07:00 in New York
    assertThat(withoutIds(notices.takeAll()))
        .containsExactly(event(TimerKind.BREACH_ACK, "coo", 1, at("2025-06-16T13:00", WARSAW)));
    ScheduledTimer cooDeadline = timers.pending("C-1").get(0);
    assertThat(cooDeadline.executiveId()).isEqualTo("coo");
    assertThat(cooDeadline.level()).isOne();
    assertThat(cooDeadline.dueAt())
        .as("four working hours from the coo's 09:00 opening in New York")
        .isEqualTo(at("2025-06-16T13:00", NEW_YORK));

    fireAt(at("2025-06-16T13:00", NEW_YORK)); // 19:00 in Warsaw
    assertThat(withoutIds(notices.takeAll()))
        .containsExactly(event(TimerKind.BREACH_ACK, "ceo", 2, cooDeadline.dueAt()));
    ScheduledTimer ceoDeadline = timers.pending("C-1").get(0);
    assertThat(ceoDeadline.executiveId()).isEqualTo("ceo");
    assertThat(ceoDeadline.dueAt()).isEqualTo(at("2025-06-17T13:00", WARSAW));

    fireAt(at("2025-06-17T13:00", WARSAW));
    assertThat(withoutIds(notices.takeAll()))
        .as("at the top the breach goes to the top executive and stops there")
        .containsExactly(event(TimerKind.BREACH_ACK, "ceo", 2, ceoDeadline.dueAt()));
    assertThat(timers.pending("C-1")).isEmpty();
    assertThat(fireAt(at("2025-12-31T12:00", WARSAW))).isZero();
  }

  @Test
  void acknowledgementAfterEscalationCancelsTheManagersDeadlineToo() {
    openCase("C-1");
    fireAt(at("2025-06-16T13:00", WARSAW));

    assertThat(timers.cancel("C-1", TimerKind.ACKNOWLEDGE)).isOne();
    assertThat(timers.pending("C-1"))
        .extracting(ScheduledTimer::kind)
        .doesNotContain(TimerKind.BREACH_ACK);
  }

  @Test
  void managerOutOfOfficeHandsTheBreachToTheirDeputy() {
    chart.person(
        "coo",
        BusinessCalendar.officeHours(NEW_YORK)
            .withOutOfOffice(
                OutOfOffice.days(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 20), NEW_YORK)));
    openCase("C-1");
    timers.cancel("C-1", Set.of(TimerKind.REMIND_ACK));

    fireAt(at("2025-06-16T13:00", WARSAW));

    assertThat(withoutIds(notices.takeAll()))
        .containsExactly(
            event(TimerKind.BREACH_ACK, "chief-of-staff", 1, at("2025-06-16T13:00", WARSAW)));
    assertThat(timers.pending("C-1").get(0).executiveId())
        .as("the deadline stays the absent manager's, so the chain continues above them")
        .isEqualTo("coo");
  }

  @Test
  void reminderForAnAbsentOwnerGoesToTheirDeputy() {
    chart.person(
        "head-of-legal",
        warsaw.withOutOfOffice(
            new OutOfOffice(at("2025-06-16T10:00", WARSAW), at("2025-06-16T12:00", WARSAW))));
    openCase("C-1");

    fireAt(at("2025-06-16T11:00", WARSAW));
    fireAt(at("2025-06-16T12:36", WARSAW));

    assertThat(notices.events())
        .extracting(TimerEvent::executiveId)
        .as("back from 12:00")
        .containsExactly("coo", "head-of-legal");
  }

  @Test
  void absentExecutiveWithoutDeputyStillReceives() {
    chart.person(
        "ceo",
        warsaw.withOutOfOffice(
            OutOfOffice.days(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 16), WARSAW)));
    timers.schedule("C-1", "ceo", SlaSchedule.of(PRINCIPAL, warsaw, MONDAY_9), 2);

    fireAt(at("2025-06-16T11:00", WARSAW));

    assertThat(notices.events()).extracting(TimerEvent::executiveId).containsExactly("ceo");
  }

  @Test
  void failingActionRollsBackAndIsRetriedOnlyAfterTheDelay() {
    openCase("C-1");
    timers.cancel("C-1", Set.of(TimerKind.REMIND_ACK));
    AtomicInteger calls = new AtomicInteger();
    SlaActions mailServerDown =
        new SlaActions() {
          @Override
          public void remind(TimerEvent event) {}

          @Override
          public void breach(TimerEvent event) {
            if (calls.incrementAndGet() == 1) {
              throw new IllegalStateException("SMTP 421 try later");
            }
            notices.breach(event);
          }
        };
    Instant deadline = at("2025-06-16T13:00", WARSAW);

    assertThat(timers.fireDue(deadline, 10, mailServerDown)).isZero();
    assertThat(db.count("level = 1")).as("the next level's timer was rolled back").isZero();
    assertThat(db.count("kind = 'BREACH_ACK' and fired_at is null and attempts = 1")).isOne();
    assertThat(db.count("last_error like '%SMTP 421%'")).isOne();

    assertThat(timers.fireDue(deadline.plusSeconds(59), 10, mailServerDown)).isZero();
    assertThat(calls).hasValue(1);

    assertThat(timers.fireDue(deadline.plusSeconds(60), 10, mailServerDown)).isOne();
    assertThat(notices.events()).hasSize(1);
    assertThat(db.count("level = 1")).isOne();
  }

  static TimerEvent event(TimerKind kind, String recipient, int level, Instant dueAt) {
    return new TimerEvent(-1, "C-1", kind, recipient, level, dueAt);
  }

  static List<TimerEvent> withoutIds(List<TimerEvent> events) {
    return events.stream()
        .map(e -> event(e.kind(), e.executiveId(), e.level(), e.dueAt()))
        .toList();
  }
}
