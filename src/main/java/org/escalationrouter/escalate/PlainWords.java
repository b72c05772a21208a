package org.escalationrouter.escalate;

import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;

/** The judge's names said the way an executive would say them. */
final class PlainWords {

  private PlainWords() {}

  /** What the customer does, to follow "They …": "threaten legal action". */
  static String of(Signal signal) {
    return switch (signal) {
      case PRINCIPAL_REQUEST -> "ask for their letter to reach the company's leadership";
      case CANCELLATION_THREAT -> "say they will cancel or take their business elsewhere";
      case LEGAL_THREAT -> "threaten legal action";
      case PUBLIC_EXPOSURE -> "threaten to go public, to the press, social media or a regulator";
      case REPEAT_CONTACT -> "say they have contacted us before without an answer";
      case MONEY_DISPUTE -> "dispute a charge or want money back";
      case BROKEN_PROMISE -> "say a promise made to them was not kept";
      case VULNERABLE_CUSTOMER -> "mention circumstances that make them vulnerable";
    };
  }

  /** The heading of a signal in the evidence list: "Legal threat". */
  static String heading(Signal signal) {
    String name = signal.wireName().replace('-', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String urgency(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "critical";
      case HIGH -> "urgent";
      case MEDIUM -> "important";
      case LOW -> "routine";
    };
  }

  /** "a, b and c". */
  static String list(java.util.List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
