package org.escalationrouter.sla;

import java.time.Instant;

/**
 * A timer that came due, addressed to the person who should hear about it.
 *
 * @param timerId the fired timer's row id, for idempotent handling downstream
 * @param executiveId the effective recipient: for a reminder the executive the timer belongs to;
 *     for a breach the manager the case now escalates to (the breaching executive at the top of the
 *     chain); in either case that person's deputy while they are out of office
 * @param level the recipient's place in the escalation chain, 0 being the case's first owner (a
 *     deputy takes the level of the person they stand in for)
 * @param dueAt when the timer was due; it may fire later after downtime
 */
public record TimerEvent(
    long timerId, String caseId, TimerKind kind, String executiveId, int level, Instant dueAt) {}
