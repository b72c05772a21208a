package org.escalationrouter.escalate;

import java.time.Instant;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.judge.Judgement;
import org.escalationrouter.route.RoutingDecision;

/**
 * What an executive is told about a new case.
 *
 * @param kind {@link MailKind#ESCALATION}, or {@link MailKind#FAILOVER} when the owner cannot be
 *     reached
 * @param mailbox where the letter arrived; {@code letters} for the drop folder
 * @param text the customer's text as a person reads it (a dropped letter's text in full)
 * @param original the e-mail or file as received, attached to the message; null for none
 * @param note a line above the summary saying why this copy was sent, or null
 * @param acknowledgeBy the acknowledgement deadline, or null when none runs
 * @param caseLink the case's page on the dashboard
 * @param acknowledgeLink a signed link that acknowledges the case, or null
 */
public record EscalationNotice(
    String caseId,
    MailKind kind,
    Executive executive,
    String customer,
    String mailbox,
    String subject,
    Instant receivedAt,
    Judgement judgement,
    RoutingDecision decision,
    String text,
    OriginalFile original,
    String note,
    Instant acknowledgeBy,
    Instant resolveBy,
    String caseLink,
    String acknowledgeLink,
    String resolveLink) {}
