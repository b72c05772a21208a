package org.escalationrouter.cases;

import java.time.Instant;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;

/**
 * A case as stored: one letter that reached the router, what the judge and the rules made of it.
 */
public record EscalationCase(
    String id,
    String mailbox,
    String messageId,
    String sender,
    String subject,
    Instant receivedAt,
    Severity severity,
    Set<Signal> signals,
    String severityRule,
    String executive,
    String policy,
    String rule,
    String rulesVersion,
    CaseStatus status,
    String language,
    String newText) {

  public EscalationCase {
    signals = Signal.inWireOrder(signals);
  }
}
