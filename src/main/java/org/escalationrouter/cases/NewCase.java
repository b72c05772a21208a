package org.escalationrouter.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;

/** Everything needed to open a case, gathered by the pipeline before one transaction writes it. */
public record NewCase(
    String mailbox,
    String messageId,
    String threadKey,
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
    String language,
    String newText,
    OriginalFile original,
    List<CaseEvidence> evidence) {

  public NewCase {
    signals = Signal.inWireOrder(signals);
    evidence = List.copyOf(evidence);
  }
}
