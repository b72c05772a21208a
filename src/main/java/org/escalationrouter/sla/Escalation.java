package org.escalationrouter.sla;

import java.time.Instant;
import java.util.Optional;

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

  /** Calls the action and returns the next level's breach timer, if the case goes further up. */
  Optional<PlannedTimer> fire(DueTimer due, Instant now, SlaActions actions) {
    PlannedTimer timer = due.timer();
    if (!timer.kind().isBreach()) {
      actions.remind(due.eventFor(recipient(timer.executiveId(), now), timer.level()));
      return Optional.empty();
    }
    Optional<String> manager =
        timer.level() < HIGHEST_LEVEL ? chain.managerOf(timer.executiveId()) : Optional.empty();
    if (manager.isEmpty()) {
      actions.breach(due.eventFor(recipient(timer.executiveId(), now), timer.level()));
      return Optional.empty();
    }
    String next = manager.get();
    int level = timer.level() + 1;
    actions.breach(due.eventFor(recipient(next, now), level));
    // counted from the breach the manager is told about, not from the original start
    Instant dueAt = chain.calendarOf(next).addWorkingTime(now, timer.step());
    return Optional.of(
        new PlannedTimer(
            timer.caseId(), timer.kind(), dueAt, level, next, timer.policyName(), timer.step()));
  }

  private String recipient(String executiveId, Instant now) {
    return chain.whoReceives(executiveId, now);
  }
}
