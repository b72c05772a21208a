package org.escalationrouter.bounce;

/** Kinds of mail that machines send, which never become cases. */
public enum AutomatedKind {
  BOUNCE("bounce"),
  DELIVERY_REPORT("delivery-report"),
  FEEDBACK_REPORT("feedback-report"),
  AUTO_REPLY("auto-reply"),
  BULK("bulk"),
  /** Our own escalation or notice come back, e.g. forwarded without its Auto-Submitted header. */
  OWN_MAIL("own-mail");

  private final String wireName;

  AutomatedKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
