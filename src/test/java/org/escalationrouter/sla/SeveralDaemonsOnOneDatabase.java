package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Several daemons on one database, each with its own connections, firing the same timers. Run on H2
 * as a unit test and on PostgreSQL as an integration test.
 */
abstract class SeveralDaemonsOnOneDatabase {

  static final Instant OPENED = Instant.parse("2025-06-16T07:00:00Z");
  static final Instant MUCH_LATER = Instant.parse("2025-07-16T12:00:00Z");

  final BusinessCalendar utc = BusinessCalendar.officeHours(ZoneOffset.UTC);
  final OrgChart chart = new OrgChart().person("ceo", utc);
  final TestClock clock = TestClock.at(OPENED);

  abstract TimerDatabase database();

  /** Every case gets 6 timers, all owned by the top of the chain so none escalates further. */
  List<String> openCases(SlaTimers timers, int count) {
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String caseId = "C-" + i;
      timers.schedule(caseId, "ceo", SlaSchedule.of(SlaTimersTest.PRINCIPAL, utc, OPENED), 0);
      cases.add(caseId);
    }
    return cases;
  }

  @Test
  void everyTimerFiresExactlyOnceAcrossThreeDaemonsAndSixThreads() throws Exception {
    TimerDatabase db = database();
    List<String> names = List.of("daemon-a", "daemon-b", "daemon-c");
    List<SlaTimers> daemons = new ArrayList<>();
    names.forEach(name -> daemons.add(db.daemon(chart, clock, name)));
    openCases(daemons.get(0), 100);
    int timers = 600;
    Map<Long, AtomicInteger> firings = new ConcurrentHashMap<>();
    Map<String, CountDownLatch> firstFiring = new ConcurrentHashMap<>();
    names.forEach(name -> firstFiring.put(name, new CountDownLatch(1)));
    ThreadLocal<String> running = new ThreadLocal<>();
    SlaActions counting =
        new SlaActions() {
          @Override
          public void remind(TimerEvent event) {
            firings.computeIfAbsent(event.timerId(), id -> new AtomicInteger()).incrementAndGet();
            // each daemon's first action waits (bounded) until the others have fired too, so
            // that on a busy machine one daemon cannot drain every timer before the others start
            firstFiring.get(running.get()).countDown();
            for (String other : names) {
              try {
                firstFiring.get(other).await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          }

          @Override
          public void breach(TimerEvent event) {
            remind(event);
          }
        };
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2 * names.size());
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < 2 * names.size(); t++) {
      SlaTimers daemon = daemons.get(t % names.size());
      String name = names.get(t % names.size());
      results.add(
          threads.submit(
              () -> {
                running.set(name);
                go.await();
                int fired = 0;
                for (int round = 0; round < 10 * timers; round++) {
                  int now = daemon.fireDue(MUCH_LATER, 5, counting);
                  if (now == 0) {
                    break;
                  }
                  fired += now;
                }
                return fired;
              }));
    }
    go.countDown();
    int total = 0;
    for (Future<Integer> result : results) {
      total += result.get(2, TimeUnit.MINUTES);
    }
    threads.shutdown();

    assertThat(total).isEqualTo(timers);
    assertThat(firings).hasSize(timers);
    assertThat(firings.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    assertThat(db.count("fired_at is null")).isZero();
    for (String name : names) {
      assertThat(db.count("claimed_by = '" + name + "'")).as("%s took part", name).isPositive();
    }
    assertThat(daemons.get(0).fireDue(MUCH_LATER, 100, counting)).isZero();
  }

  @Test
  void daemonSkipsTheTimerAnotherIsFiringInsteadOfWaitingOrRepeatingIt() throws Exception {
    TimerDatabase db = database();
    SlaTimers first = db.daemon(chart, clock, "daemon-a");
    SlaTimers second = db.daemon(chart, clock, "daemon-b");
    openCases(first, 3);
    CountDownLatch firstIsInsideItsTimer = new CountDownLatch(1);
    CountDownLatch secondIsDone = new CountDownLatch(1);
    RecordedNotices byFirst = new RecordedNotices();
    SlaActions slowFirst =
        new SlaActions() {
          @Override
          public void remind(TimerEvent event) {
            byFirst.remind(event);
            if (firstIsInsideItsTimer.getCount() > 0) {
              firstIsInsideItsTimer.countDown();
              await(secondIsDone); // holds the row lock meanwhile
            }
          }

          @Override
          public void breach(TimerEvent event) {
            remind(event);
          }
        };
    ExecutorService thread = Executors.newSingleThreadExecutor();
    Future<Integer> firstFired = thread.submit(() -> first.fireDue(MUCH_LATER, 1, slowFirst));
    await(firstIsInsideItsTimer);

    RecordedNotices bySecond = new RecordedNotices();
    int secondFired = second.fireDue(MUCH_LATER, 100, bySecond);
    secondIsDone.countDown();

    assertThat(firstFired.get(1, TimeUnit.MINUTES)).isOne();
    thread.shutdown();
    long held = byFirst.events().get(0).timerId();
    assertThat(secondFired).isEqualTo(17);
    assertThat(bySecond.events()).extracting(TimerEvent::timerId).doesNotContain(held);
    assertThat(first.fireDue(MUCH_LATER, 100, byFirst)).isZero();
    assertThat(db.count("fired_at is not null")).isEqualTo(18);
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("the other daemon never got there");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
