package org.escalationrouter.sla;

import java.time.Instant;

/** A timer still waiting to fire, as shown to people and tests. */
public record ScheduledTimer(
    long id, String caseId, TimerKind kind, Instant dueAt, int level, String executiveId) {}
