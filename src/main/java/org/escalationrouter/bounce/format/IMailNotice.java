package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.bounce.reason.BounceReason;

/**
 * Ipswitch IMail (X-Mailer "&lt;SMTP32 ...&gt;"): one line per failed address, {@code verdict:
 * address}, before "Original message follows." IMail's verdicts come from its own user database and
 * queue, so "Unknown user" here is a directory miss, never a content filter.
 */
public final class IMailNotice implements BounceFormat {

  @Override
  public Set<String> origins() {
    return Set.of("lhost-imailserver");
  }

  private static final Pattern VERDICT_LINE =
      Pattern.compile("^([^:]{3,80}+):\\s*+<?([^\\s<>@]{1,64}+@[A-Za-z0-9.-]{1,255}+)>?\\s*$");

  @Override
  public List<ReportedRecipient> read(MailView mail) {
    if (!mail.header("X-Mailer").startsWith("<SMTP32")) {
      return List.of();
    }
    List<ReportedRecipient> found = new ArrayList<>();
    for (String line : mail.notice().split("\\r?\\n", 500)) {
      if (line.toLowerCase(Locale.ROOT).startsWith("original message follows")) {
        break;
      }
      Matcher matcher = VERDICT_LINE.matcher(line.trim());
      if (matcher.matches()) {
        String verdict = matcher.group(1).trim();
        BounceReason stated =
            verdict.equalsIgnoreCase("unknown user") ? BounceReason.USER_UNKNOWN : null;
        found.add(new ReportedRecipient(matcher.group(2), "failed", "", "", verdict, stated));
      }
    }
    return found;
  }
}
