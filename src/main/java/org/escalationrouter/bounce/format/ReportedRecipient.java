package org.escalationrouter.bounce.format;

import org.escalationrouter.bounce.reason.BounceReason;

/**
 * What a bounce format says of one recipient, before classification.
 *
 * @param action {@code failed}, {@code delayed}, {@code delivered} or "" when the format has none
 * @param status enhanced status code or ""
 * @param replyCode SMTP reply code or ""
 * @param diagnostic the error text the remote or local server gave for this recipient
 * @param stated the reason the notice's own family states outright (Google Groups refusing a post,
 *     a directory lookup that failed), or null when the reason must be worked out from the text
 */
public record ReportedRecipient(
    String recipient,
    String action,
    String status,
    String replyCode,
    String diagnostic,
    BounceReason stated) {

  public ReportedRecipient {
    recipient = recipient == null ? "" : recipient;
    action = action == null ? "" : action;
    status = status == null ? "" : status;
    replyCode = replyCode == null ? "" : replyCode;
    diagnostic = diagnostic == null ? "" : diagnostic;
  }

  public ReportedRecipient(
      String recipient, String action, String status, String replyCode, String diagnostic) {
    this(recipient, action, status, replyCode, diagnostic, null);
  }

  public static ReportedRecipient failed(String recipient, String diagnostic) {
    return new ReportedRecipient(recipient, "", "", "", diagnostic);
  }

  ReportedRecipient withDiagnostic(String more) {
    return new ReportedRecipient(recipient, action, status, replyCode, more, stated);
  }

  public ReportedRecipient withRecipient(String address) {
    return new ReportedRecipient(address, action, status, replyCode, diagnostic, stated);
  }

  ReportedRecipient withStated(BounceReason reason) {
    return new ReportedRecipient(recipient, action, status, replyCode, diagnostic, reason);
  }
}
