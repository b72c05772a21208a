package org.escalationrouter.cases;

import java.time.Instant;
import java.util.List;

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
    String severity,
    List<String> signals,
    String severityRule,
    String executive,
    String policy,
    String rule,
    String rulesVersion,
    CaseStatus status,
    String language,
    String newText) {

  public EscalationCase {
    signals = List.copyOf(signals);
  }
}
