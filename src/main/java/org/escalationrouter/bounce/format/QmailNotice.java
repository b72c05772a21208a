package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * qmail-send's "failure notice": each failed address alone on a line as {@code <address>:},
 * followed by the error until a blank line; the notice ends at "--- Below this line is a copy of
 * the message." Read by layout, so an address that also appears in the headers still counts.
 */
public final class QmailNotice implements BounceFormat {

  @Override
  public Set<String> origins() {
    return Set.of("lhost-qmail");
  }

  private static final Pattern ADDRESS_LINE =
      Pattern.compile("^<([^\\s<>@]{1,64}+@[A-Za-z0-9.-]{1,255}+)>:\\s*+(.{0,1000})$");
  private static final int MAX_ERROR_LINES = 12;

  @Override
  public List<ReportedRecipient> read(MailView mail) {
    String notice = mail.notice();
    String lower = notice.toLowerCase(Locale.ROOT);
    if (!lower.contains("this is the qmail-send program")
        && !lower.contains("i'm afraid i wasn't able to deliver your message")) {
      return List.of();
    }
    boolean temporary = lower.contains("this is a temporary error");
    String[] lines = notice.split("\\r?\\n", 2000);
    List<ReportedRecipient> found = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = ADDRESS_LINE.matcher(lines[i].trim());
      if (!matcher.matches()) {
        continue;
      }
      StringBuilder error = new StringBuilder(matcher.group(2));
      for (int j = i + 1; j < lines.length && j <= i + MAX_ERROR_LINES; j++) {
        String next = lines[j].trim();
        if (next.isEmpty() || ADDRESS_LINE.matcher(next).matches()) {
          break;
        }
        error.append(' ').append(next);
      }
      found.add(
          new ReportedRecipient(
              matcher.group(1), temporary ? "delayed" : "failed", "", "", error.toString().trim()));
    }
    return found;
  }
}
