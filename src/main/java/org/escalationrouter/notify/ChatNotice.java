package org.escalationrouter.notify;

import java.time.Instant;
import java.util.List;

/**
 * What a chat or webhook post says about a case; every format is made from this.
 *
 * @param kind {@code escalation}, {@code reminder} or {@code breach}
 * @param headline one sentence: what happened and what is asked
 * @param executive who must act, or null when the rules only record the case
 * @param deadline when the case must be acknowledged, or null when no clock runs
 * @param acknowledgeLink a signed link that acknowledges the case, or null
 */
public record ChatNotice(
    String caseId,
    String kind,
    String headline,
    String subject,
    String severity,
    List<SignalEvidence> signals,
    Person executive,
    Instant deadline,
    String caseLink,
    String acknowledgeLink) {

  public ChatNotice {
    signals = List.copyOf(signals);
  }

  /** A signal and the customer's words that raised it. */
  public record SignalEvidence(String signal, List<String> evidence) {
    public SignalEvidence {
      evidence = List.copyOf(evidence);
    }
  }

  /** The executive as the post names them. */
  public record Person(String id, String name, String title, String email) {}
}
