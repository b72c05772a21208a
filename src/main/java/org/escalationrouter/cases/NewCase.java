package org.escalationrouter.cases;

import java.time.Instant;
import java.util.List;

/** Everything needed to open a case, gathered by the pipeline before one transaction writes it. */
public record NewCase(
    String mailbox,
    String messageId,
    String threadKey,
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
    String language,
    String newText,
    OriginalFile original,
    List<CaseEvidence> evidence) {

  public NewCase {
    signals = List.copyOf(signals);
    evidence = List.copyOf(evidence);
  }
}
