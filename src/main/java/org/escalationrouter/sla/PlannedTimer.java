package org.escalationrouter.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * A timer row before it is stored.
 *
 * @param step the working time the policy grants for this deadline, granted again to each level the
 *     case escalates to
 */
record PlannedTimer(
    String caseId,
    TimerKind kind,
    Instant dueAt,
    int level,
    String executiveId,
    String policyName,
    Duration step) {}
