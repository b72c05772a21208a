package org.escalationrouter.bounce;

/** Turns what a format reported into the public record: codes filled in, reason and hardness. */
final class DeliveryRecords {

  private DeliveryRecords() {}

  static DeliveryRecord of(
      AutomatedKind kind,
      ReportedRecipient reported,
      String context,
      String notice,
      BounceReason fixed) {
    String status = reported.status();
    if (status.isEmpty()) {
      status = SmtpCodes.enhancedStatus(reported.diagnostic()).orElse("");
    }
    String replyCode = reported.replyCode();
    if (replyCode.isEmpty()) {
      replyCode = SmtpCodes.replyCode(reported.diagnostic()).orElse("");
    }
    ReportedRecipient coded =
        new ReportedRecipient(
            reported.recipient(),
            reported.action(),
            status,
            replyCode,
            reported.diagnostic(),
            reported.stated());
    String action = coded.action();
    BounceReason reason;
    if (fixed != null) {
      reason = fixed;
    } else if (kind == AutomatedKind.DELIVERY_REPORT || action.equals("delivered")) {
      reason = BounceReason.DELIVERED;
    } else {
      reason = ReasonClassifier.classify(coded, context, notice);
      if (action.isEmpty()) {
        action = reason == BounceReason.EXPIRED ? "delayed" : "failed";
      }
    }
    return new DeliveryRecord(
        coded.recipient(),
        action,
        status.isEmpty() ? null : status,
        replyCode.isEmpty() ? null : replyCode,
        reason.isHard(status, replyCode),
        reason.wireName());
  }
}
