package org.escalationrouter.sla;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder and breach timers stored in {@code sla_timer}. Each due timer fires in its own
 * transaction that locks its row with {@code FOR UPDATE SKIP LOCKED}, so daemons sharing a database
 * fire every timer once and never wait for each other (ADR 0005).
 */
public class SlaTimers {

  private static final Logger log = LoggerFactory.getLogger(SlaTimers.class);

  private final TimerTable table;
  private final TransactionTemplate tx;
  private final Escalation escalation;
  private final Duration retryDelay;

  public SlaTimers(JdbcClient jdbc, TransactionTemplate tx, EscalationChain chain, Clock clock) {
    this(jdbc, tx, chain, clock, defaultNode(), Duration.ofMinutes(1));
  }

  /**
   * @param node names this daemon in {@code claimed_by}
   * @param retryDelay how long a timer whose action threw waits before it is tried again
   */
  public SlaTimers(
      JdbcClient jdbc,
      TransactionTemplate tx,
      EscalationChain chain,
      Clock clock,
      String node,
      Duration retryDelay) {
    if (retryDelay.isNegative() || retryDelay.isZero()) {
      throw new IllegalArgumentException("retry delay must be positive: " + retryDelay);
    }
    this.table = new TimerTable(jdbc, clock, node);
    this.tx = tx;
    this.escalation = new Escalation(chain);
    this.retryDelay = retryDelay;
  }

  /** Stores the schedule's reminders and both breach timers for the given executive. */
  public void schedule(String caseId, String executiveId, SlaSchedule schedule, int level) {
    SlaPolicy policy = schedule.policy();
    List<PlannedTimer> plans = new ArrayList<>();
    for (Instant at : schedule.acknowledgeReminders()) {
      plans.add(plan(caseId, TimerKind.REMIND_ACK, at, level, executiveId, policy));
    }
    plans.add(
        plan(caseId, TimerKind.BREACH_ACK, schedule.acknowledgeBy(), level, executiveId, policy));
    for (Instant at : schedule.resolveReminders()) {
      plans.add(plan(caseId, TimerKind.REMIND_RESOLVE, at, level, executiveId, policy));
    }
    plans.add(
        plan(caseId, TimerKind.BREACH_RESOLVE, schedule.resolveBy(), level, executiveId, policy));
    tx.executeWithoutResult(status -> plans.forEach(table::insert));
  }

  /** Cancels the case's unfired timers of these kinds at every level; returns how many. */
  public int cancel(String caseId, Set<TimerKind> kinds) {
    return kinds.isEmpty() ? 0 : table.cancel(caseId, kinds);
  }

  /** The case's timers still to fire, soonest first. */
  public List<ScheduledTimer> pending(String caseId) {
    return table.pending(caseId).stream().map(SlaTimers::toScheduled).toList();
  }

  /**
   * Fires up to {@code limit} of the timers due at {@code now}, oldest first, each in its own
   * transaction together with whatever the action writes and the next level's breach timer. Timers
   * another daemon is firing are skipped, not waited for. Returns how many fired here. A timer
   * whose action throws is rolled back, noted, and left for the retry delay.
   */
  public int fireDue(Instant now, int limit, SlaActions actions) {
    Instant retryBefore = now.minus(retryDelay);
    int fired = 0;
    for (long id : table.dueIds(now, retryBefore, limit)) {
      if (fire(id, now, retryBefore, actions)) {
        fired++;
      }
    }
    return fired;
  }

  private boolean fire(long id, Instant now, Instant retryBefore, SlaActions actions) {
    try {
      return Boolean.TRUE.equals(
          tx.execute(
              status -> {
                Optional<DueTimer> due = table.lockIfStillDue(id, now, retryBefore);
                if (due.isEmpty()) {
                  return false; // fired, cancelled or being fired by another daemon
                }
                if (!table.claim(id, now)) {
                  // the row lock makes this unreachable; refuse rather than fire twice
                  throw new IllegalStateException("timer was fired or cancelled meanwhile");
                }
                // fired, and the next level stored, before the action reads the case's timers
                table.markFired(id, now);
                escalation.fire(due.get(), now, actions, table::insert);
                return true;
              }));
    } catch (RuntimeException e) {
      log.warn("SLA timer {} failed; trying again after {}", id, retryDelay, e);
      tx.executeWithoutResult(status -> table.noteFailure(id, now, String.valueOf(e)));
      return false;
    }
  }

  private static PlannedTimer plan(
      String caseId, TimerKind kind, Instant dueAt, int level, String executive, SlaPolicy policy) {
    boolean acknowledge = TimerKind.ACKNOWLEDGE.contains(kind);
    Duration step = acknowledge ? policy.acknowledge() : policy.resolve();
    return new PlannedTimer(caseId, kind, dueAt, level, executive, policy.name(), step);
  }

  private static ScheduledTimer toScheduled(DueTimer due) {
    PlannedTimer t = due.timer();
    return new ScheduledTimer(
        due.id(), t.caseId(), t.kind(), t.dueAt(), t.level(), t.executiveId());
  }

  static String defaultNode() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "-" + ProcessHandle.current().pid();
  }
}
