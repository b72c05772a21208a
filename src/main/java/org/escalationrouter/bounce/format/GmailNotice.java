package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gmail's plain notices: "Delivery to the following recipient(s) failed permanently:" (or "has been
 * delayed:"), the addresses indented below, then "Technical details of permanent (temporary)
 * failure:" with Google's summary and the remote server's own reply. The reply, not the delay
 * banner above it, says why.
 */
public final class GmailNotice implements BounceFormat {

  @Override
  public Set<String> origins() {
    return Set.of("lhost-gmail");
  }

  private static final String DETAILS = "technical details of ";
  private static final int MAX_DETAIL_CHARS = 2000;

  @Override
  public List<ReportedRecipient> read(MailView mail) {
    if (!mail.header("From").toLowerCase(Locale.ROOT).contains("mailer-daemon@google")) {
      return List.of();
    }
    String notice = mail.notice();
    String lower = notice.toLowerCase(Locale.ROOT);
    int list = lower.indexOf("delivery to the following recipient");
    int details = lower.indexOf(DETAILS, Math.max(list, 0));
    if (list < 0 || details < 0) {
      return List.of();
    }
    boolean temporary = lower.startsWith("temporary", details + DETAILS.length());
    String diagnostic = detailsFrom(notice, details);
    List<ReportedRecipient> found = new ArrayList<>();
    for (String address : EmailAddress.all(notice.substring(list, details))) {
      found.add(
          new ReportedRecipient(address, temporary ? "delayed" : "failed", "", "", diagnostic));
    }
    return found;
  }

  /** The details paragraph, up to the copy of the original message. */
  private static String detailsFrom(String notice, int start) {
    int end = Math.min(notice.length(), start + MAX_DETAIL_CHARS);
    int original = notice.indexOf("----- Original message -----", start);
    if (original > 0 && original < end) {
      end = original;
    }
    String text = notice.substring(start, end);
    int colon = text.indexOf(':');
    return colon > 0 ? text.substring(colon + 1).trim() : text.trim();
  }
}
