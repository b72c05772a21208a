package org.escalationrouter.escalate;

import java.util.Locale;

/**
 * What a mail of ours about a case is. The wire name is what {@code outbox.kind} stores and what
 * the {@code X-Escalation-Kind} header says; it never changes, since older rows keep it.
 */
public enum MailKind {
  /** The first mail about a new case, to the executive the rules chose. */
  ESCALATION("escalation"),
  /** The customer wrote again; the case's owner is told. */
  FOLLOW_UP("follow-up"),
  /** A deadline is near and the case is not yet acknowledged or resolved. */
  REMINDER("reminder"),
  /** A deadline passed; the case goes up the chain. */
  BREACH("breach"),
  /** The owner is told that their case went over them after a breach. */
  NOTICE("notice"),
  /** The owner cannot be reached; a deputy or manager receives the case. */
  FAILOVER("failover"),
  /** A reply in an executive's name that their mail server did not prove; they are asked. */
  UNTRUSTED_REPLY("untrusted-reply");

  private final String wireName;

  MailKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** What the subject starts with: nothing for the escalation, "REMINDER " and so on otherwise. */
  String subjectPrefix() {
    return this == ESCALATION ? "" : wireName.toUpperCase(Locale.ROOT) + " ";
  }
}
