package org.escalationrouter.sla;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decides who hears about a due timer and, on a breach, who must act next: the manager one level up
 * gets the policy's working time again in their own calendar, until the top of the chain.
 */
final class Escalation {

  /** Guards against a chain that loops back on itself. */
  static final int HIGHEST_LEVEL = 20;

  private final EscalationChain chain;

  Escalation(EscalationChain chain) {
    this.chain = chain;
  }

  /**
   * Hands the next level's breach timer to {@code schedule}, if the case goes further up, and then
   * calls the action: a breach action that reads the case's pending timers finds the deadline the
   * manager now has.
   */
  void fire(DueTimer due, Instant now, SlaActions actions, Consumer<PlannedTimer> schedule) {
    PlannedTimer timer = due.timer();
    if (!timer.kind().isBreach()) {
      actions.remind(due.eventFor(recipient(timer.executiveId(), now), timer.level()));
      return;
    }
    Optional<String> manager =
        timer.level() < HIGHEST_LEVEL ? chain.managerOf(timer.executiveId()) : Optional.empty();
    if (manager.isEmpty()) {
      actions.breach(due.eventFor(recipient(timer.executiveId(), now), timer.level()));
      return;
    }
    String next = manager.get();
    int level = timer.level() + 1;
    // counted from the breach the manager is told about, not from the original start
    Instant dueAt = chain.calendarOf(next).addWorkingTime(now, timer.step());
    schedule.accept(
        new PlannedTimer(
            timer.caseId(), timer.kind(), dueAt, level, next, timer.policyName(), timer.step()));
    actions.breach(due.eventFor(recipient(next, now), level));
  }

  private String recipient(String executiveId, Instant now) {
    return chain.whoReceives(executiveId, now);
  }
}
