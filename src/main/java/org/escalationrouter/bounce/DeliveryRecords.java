package org.escalationrouter.bounce;

import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.format.SmtpCodes;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.RuleScope;

/** Turns what a format reported into the public record: codes filled in, reason and hardness. */
final class DeliveryRecords {

  private DeliveryRecords() {}

  static DeliveryRecord of(
      AutomatedKind kind,
      ReportedRecipient reported,
      String context,
      String notice,
      boolean sole,
      BounceReason fixed,
      RuleScope scope,
      String hosts) {
    // a report without the server's words borrows them from the notice's paragraph about the
    // recipient, which is also where a specific code hides behind a generic Status: 5.0.0
    String diagnostic = reported.diagnostic().isBlank() ? context : reported.diagnostic();
    String status = specific(reported.status(), diagnostic);
    if (!diagnostic.equals(context)) {
      status = specific(status, context);
    }
    if (status.isEmpty() && sole) {
      // the only recipient: a code anywhere in the notice is its code
      status = SmtpCodes.enhancedStatus(notice).orElse("");
    }
    String replyCode = reported.replyCode();
    if (replyCode.isEmpty()) {
      replyCode = SmtpCodes.replyCode(diagnostic).orElse("");
    }
    String stated = reported.action();
    if (stated.isEmpty() && kind == AutomatedKind.BOUNCE && RetryPromise.in(notice)) {
      // a notice with no action field that says the server keeps trying reports a delay
      stated = "delayed";
    }
    ReportedRecipient coded =
        new ReportedRecipient(
            reported.recipient(), stated, status, replyCode, diagnostic, reported.stated());
    String action = coded.action();
    ReasonVerdict verdict;
    if (fixed != null) {
      verdict = new ReasonVerdict(fixed, VerdictConfidence.HIGH, "kind");
    } else if (kind == AutomatedKind.DELIVERY_REPORT || action.equals("delivered")) {
      verdict = new ReasonVerdict(BounceReason.DELIVERED, VerdictConfidence.HIGH, "action");
    } else {
      verdict = ReasonClassifier.verdict(coded, context, notice, sole, scope, hosts);
      if (action.isEmpty()) {
        action = verdict.reason() == BounceReason.EXPIRED ? "delayed" : "failed";
      }
    }
    return new DeliveryRecord(
        coded.recipient(),
        action,
        status.isEmpty() ? null : status,
        replyCode.isEmpty() ? null : replyCode,
        verdict.reason().isHard(status, replyCode),
        verdict.reason(),
        verdict.confidence());
  }

  /** The status, or a more specific code of the same class found in the text when it is generic. */
  private static String specific(String status, String text) {
    if (!SmtpCodes.isGeneric(status)) {
      return status;
    }
    String found = SmtpCodes.enhancedStatus(text).orElse("");
    if (found.isEmpty() || (!status.isEmpty() && found.charAt(0) != status.charAt(0))) {
      return status;
    }
    return found;
  }
}
