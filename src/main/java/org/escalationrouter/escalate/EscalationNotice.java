package org.escalationrouter.escalate;

import java.time.Instant;
import org.escalationrouter.judge.Judgement;
import org.escalationrouter.route.Executive;
import org.escalationrouter.route.RoutingDecision;

/**
 * What an executive is told about a case.
 *
 * @param kind {@code escalation}, or {@code failover}, {@code reminder}, {@code breach} later
 * @param note a line above the summary saying why this copy was sent, or null
 * @param acknowledgeLink a signed link that acknowledges the case, or null
 */
public record EscalationNotice(
    String caseId,
    String kind,
    Executive executive,
    String customer,
    String subject,
    Instant receivedAt,
    Judgement judgement,
    RoutingDecision decision,
    String newText,
    byte[] original,
    String note,
    String acknowledgeLink,
    String resolveLink) {}
