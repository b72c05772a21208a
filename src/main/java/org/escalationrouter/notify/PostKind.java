package org.escalationrouter.notify;

import java.util.Arrays;

/**
 * What a chat or webhook post about a case is. The wire name is what {@code webhook_outbox.kind}
 * stores and what the generic JSON post's {@code kind} says; it never changes, since older rows
 * keep it. These are the webhook outbox's kinds, not {@code escalate.MailKind}.
 */
public enum PostKind {
  /** A newly recorded case, posted to the channels its rule named. */
  ESCALATION("escalation"),
  /** A deadline is near; posted to the channels of the case's escalation. */
  REMINDER("reminder"),
  /** A deadline passed; posted to the channels of the case's escalation. */
  BREACH("breach");

  private final String wireName;

  PostKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The kind stored as {@code wireName}. */
  static PostKind fromWire(String wireName) {
    return Arrays.stream(values())
        .filter(k -> k.wireName.equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no post kind " + wireName));
  }
}
