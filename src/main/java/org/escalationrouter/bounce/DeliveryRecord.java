package org.escalationrouter.bounce;

import org.escalationrouter.bounce.reason.BounceReason;

/**
 * What a delivery report says of one recipient.
 *
 * @param action {@code failed}, {@code delayed} or {@code delivered}
 * @param status enhanced status code such as {@code 5.1.1}, or null
 * @param replyCode SMTP reply code such as {@code 550}, or null
 * @param reason the reason, by Sisimai's name (its wire name) such as {@code userunknown}
 * @param confidence how sure the reason (and so the hard/soft verdict) is
 */
public record DeliveryRecord(
    String recipient,
    String action,
    String status,
    String replyCode,
    boolean hard,
    BounceReason reason,
    VerdictConfidence confidence) {

  /** A hard bounce decided on weak or contradictory evidence: shown as uncertain on the case. */
  public boolean uncertain() {
    return confidence == VerdictConfidence.LOW;
  }
}
