package org.escalationrouter.cases;

import java.util.Arrays;

/**
 * What a case-timeline entry records. The wire name is what {@code case_event.kind} stores and what
 * the API and pages show; it never changes, since older entries keep it.
 */
public enum CaseEventKind {
  /** The letter arrived in a mailbox or the drop folder. */
  RECEIVED("received"),
  JUDGED("judged"),
  ROUTED("routed"),
  /** The escalation mail was queued for the executive. */
  ESCALATED("escalated"),
  /** The SLA clock started under a policy. */
  SLA_STARTED("sla-started"),
  /** The executive was away; the deputy received the case. */
  DEPUTY("deputy"),
  FOLLOW_UP("follow-up"),
  /** A follow-up held back by the notice cap; its detail is the customer's own words. */
  FOLLOW_UP_HELD("follow-up-held"),
  REPLY("reply"),
  /** A reply or link in an executive's name that was not acted on. */
  UNTRUSTED("untrusted"),
  ACKNOWLEDGED("acknowledged"),
  RESOLVED("resolved"),
  REMINDER("reminder"),
  BREACH("breach"),
  /** A bounce of our mail about the case. */
  BOUNCE("bounce"),
  /** An automatic (out-of-office) reply to our mail about the case. */
  AUTO_REPLY("auto-reply"),
  /** A delivery report about our mail. */
  DELIVERY_REPORT("delivery-report"),
  /** A feedback (abuse) report about our mail. */
  FEEDBACK_REPORT("feedback-report"),
  /** Bulk mail that quoted our mail. */
  BULK("bulk"),
  /** Our own mail come back. */
  OWN_MAIL("own-mail"),
  /** The case was handed to a deputy or manager because its owner cannot be reached. */
  FAILOVER("failover"),
  /** A chat or webhook post was queued. */
  NOTIFY("notify"),
  NOTIFY_FAILED("notify-failed");

  private final String wireName;

  CaseEventKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The kind stored as {@code wireName}. */
  public static CaseEventKind fromWire(String wireName) {
    return Arrays.stream(values())
        .filter(k -> k.wireName.equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no timeline kind " + wireName));
  }
}
