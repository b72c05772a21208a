package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Standard delivery status notifications (RFC 3464): the message/delivery-status part of a
 * multipart/report, or the same fields pasted into a text part by servers that skip the MIME.
 */
public final class Rfc3464Report implements BounceFormat {

  @Override
  public List<ReportedRecipient> read(MailView mail) {
    return read(mail, false);
  }

  /**
   * The report carried inside the returned message, for a notice that names nobody itself because
   * what it returns is another server's bounce.
   */
  public List<ReportedRecipient> readNested(MailView mail) {
    return read(mail, true);
  }

  private List<ReportedRecipient> read(MailView mail, boolean nested) {
    List<ReportedRecipient> found = new ArrayList<>();
    for (MailView.Section section : mail.sections()) {
      if (section.returned() != nested) {
        continue;
      }
      String type = section.mediaType();
      boolean report =
          type.equals("message/delivery-status") || type.equals("message/global-delivery-status");
      boolean inline = type.equals("text/plain") && looksLikeFields(section.text());
      if (report || inline) {
        for (Map<String, String> group : DsnFields.recipientGroups(section.text())) {
          recipientOf(group).ifPresent(found::add);
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return found;
  }

  public static boolean hasReportPart(MailView mail) {
    return mail.sections().stream()
        .anyMatch(
            s ->
                !s.returned()
                    && (s.mediaType().equals("message/delivery-status")
                        || s.mediaType().equals("message/global-delivery-status")));
  }

  private static boolean looksLikeFields(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("final-recipient:")
        && (lower.contains("\nstatus:") || lower.contains("\naction:"));
  }

  private static java.util.Optional<ReportedRecipient> recipientOf(Map<String, String> group) {
    String recipient = address(group.get("final-recipient"));
    if (recipient.isEmpty()) {
      recipient = address(group.get("original-recipient"));
    }
    if (recipient.isEmpty()) {
      recipient = address(group.get("x-actual-recipient"));
    }
    String diagnostic = DsnFields.withoutType(group.getOrDefault("diagnostic-code", ""));
    String status = SmtpCodes.enhancedStatus(group.getOrDefault("status", "")).orElse("");
    if (SmtpCodes.isGeneric(status)) {
      String specific = SmtpCodes.enhancedStatus(diagnostic).orElse("");
      if (!specific.isEmpty() && (status.isEmpty() || specific.charAt(0) == status.charAt(0))) {
        status = specific;
      }
    }
    String replyCode = SmtpCodes.replyCode(diagnostic).orElse("");
    String action = action(group.getOrDefault("action", ""), status);
    if (recipient.isEmpty() && status.isEmpty() && diagnostic.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new ReportedRecipient(recipient, action, status, replyCode, diagnostic));
  }

  static String action(String declared, String status) {
    String value = declared.trim().toLowerCase(Locale.ROOT);
    if (value.startsWith("fail")) {
      return "failed";
    }
    if (value.startsWith("delay")) {
      return "delayed";
    }
    if (value.startsWith("deliver") || value.startsWith("relay") || value.startsWith("expand")) {
      return "delivered";
    }
    if (status.startsWith("5")) {
      return "failed";
    }
    if (status.startsWith("4")) {
      return "delayed";
    }
    if (status.startsWith("2")) {
      return "delivered";
    }
    return "";
  }

  private static String address(String value) {
    if (value == null) {
      return "";
    }
    String plain = DsnFields.withoutType(value);
    return EmailAddress.first(plain)
        .orElse(plain.contains("@") ? plain.replaceAll("[<>\\s]", "") : "");
  }
}
