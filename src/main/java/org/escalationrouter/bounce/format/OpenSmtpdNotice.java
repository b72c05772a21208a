package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSMTPD's notices: after "the following list of recipients:" each failed address is on its own
 * line as {@code address: error}, where the error is either the remote server's reply or one of the
 * daemon's own short verdicts ("Envelope expired", "No MX found for domain"). A "delayed" report is
 * only a warning.
 */
public final class OpenSmtpdNotice implements BounceFormat {

  @Override
  public Set<String> origins() {
    return Set.of("lhost-opensmtpd");
  }

  private static final Pattern RECIPIENT_LINE =
      Pattern.compile("^\\s*<?([^\\s<>:@]{1,64}+@[A-Za-z0-9.-]{1,255}+)>?:\\s++(.{1,1000})$");

  @Override
  public List<ReportedRecipient> read(MailView mail) {
    String notice = mail.notice();
    String lower = notice.toLowerCase(Locale.ROOT);
    int list = lower.indexOf("list of recipients:");
    if (list < 0 || !lower.contains("this is the mailer-daemon, please do not reply")) {
      return List.of();
    }
    boolean delayed = lower.contains("is delayed for more than");
    List<ReportedRecipient> found = new ArrayList<>();
    String[] lines = notice.substring(list).split("\\r?\\n", 500);
    for (int i = 1; i < lines.length; i++) {
      Matcher matcher = RECIPIENT_LINE.matcher(lines[i]);
      if (matcher.matches()) {
        String error = matcher.group(2).trim();
        found.add(
            new ReportedRecipient(matcher.group(1), delayed ? "delayed" : "failed", "", "", error));
      } else if (!found.isEmpty() && lines[i].isBlank()) {
        break;
      }
    }
    return found;
  }
}
