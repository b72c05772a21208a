package org.escalationrouter.audit;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param actor the login, executive id, or {@code daemon}/{@code cli} for the daemon's own acts
 * @param source where it came from: the client's address, {@code mail}, {@code cli} or {@code
 *     daemon}
 * @param target what it was done to: a case id, a quarantine id, an address's hash; may be null
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String source,
    String action,
    String target,
    String outcome,
    String detail) {}
