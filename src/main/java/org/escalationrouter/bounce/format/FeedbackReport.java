package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Abuse and opt-out reports: ARF (RFC 5965, multipart/report with a message/feedback-report part),
 * Microsoft's JMRP complaints (the reported message marked X-HmXmrOriginalRecipient), and Apple
 * Mail's one-click unsubscribe requests (X-Apple-Unsubscribe).
 */
public final class FeedbackReport {

  private FeedbackReport() {}

  public static Optional<List<ReportedRecipient>> read(MailView mail) {
    String arf = mail.firstOf("message/feedback-report");
    boolean declared = mail.reportType().equals("feedback-report");
    if (declared || !arf.isEmpty()) {
      return Optional.of(arfRecipients(mail, arf));
    }
    String returned = returnedHeaders(mail);
    int marker = returned.toLowerCase(Locale.ROOT).indexOf("x-hmxmroriginalrecipient:");
    if (marker >= 0) {
      String line = returned.substring(marker, Math.min(returned.length(), marker + 300));
      return Optional.of(recipients(EmailAddress.first(line).orElse("")));
    }
    if (mail.header("X-Apple-Unsubscribe").equalsIgnoreCase("true")) {
      return Optional.of(recipients(EmailAddress.first(mail.header("From")).orElse("")));
    }
    return Optional.empty();
  }

  private static List<ReportedRecipient> arfRecipients(MailView mail, String arf) {
    List<ReportedRecipient> found = new ArrayList<>();
    for (String[] field : DsnFields.fields(arf)) {
      if (field[0].equals("original-rcpt-to") || field[0].equals("removal-recipient")) {
        EmailAddress.first(field[1]).ifPresent(a -> found.add(ReportedRecipient.failed(a, "")));
      }
    }
    if (found.isEmpty()) {
      String returned = returnedHeaders(mail);
      for (String[] field : DsnFields.fields(returned)) {
        if (field[0].equals("to")) {
          EmailAddress.all(field[1]).forEach(a -> found.add(ReportedRecipient.failed(a, "")));
          break;
        }
      }
    }
    return found;
  }

  private static List<ReportedRecipient> recipients(String address) {
    return address.isEmpty() ? List.of() : List.of(ReportedRecipient.failed(address, ""));
  }

  private static String returnedHeaders(MailView mail) {
    return mail.returnedHeaders();
  }
}
