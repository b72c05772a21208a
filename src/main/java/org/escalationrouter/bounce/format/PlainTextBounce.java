package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.escalationrouter.bounce.reason.NoticeText;

/**
 * The common shape of non-standard notices (Exim, qmail, Postfix's text part, Yahoo, Gmail and most
 * appliances): the failed address on a line, the server's complaint on that line and the few lines
 * after it. Addresses of the bounce's own sender and receiver and daemon mailboxes are not
 * recipients.
 */
public final class PlainTextBounce implements BounceFormat {

  private static final Pattern HEADER_LINE =
      Pattern.compile(
          "(?i)^\\s*(message-id|in-reply-to|references|from|to|reply-to|sender|return-path|received|date"
              + "|delivered-to|x-original-to|envelope-to|errors-to|x-loop)\\s*:.*");
  private static final int FOLLOWING_LINES = 8;
  private static final Pattern HELP_DESK =
      Pattern.compile(
          "(?i)\\b(contact|send mail to|write to|e-?mail us at)\\s*<?[^\\s<>@]{1,64}+@");

  @Override
  public List<ReportedRecipient> read(MailView mail) {
    Set<String> excluded = excludedAddresses(mail);
    String[] lines = mail.notice().split("\\r?\\n", 4000);
    List<ReportedRecipient> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.indexOf('@') < 0 || HEADER_LINE.matcher(line).matches()) {
        continue;
      }
      for (String address : EmailAddress.all(line)) {
        String key = address.toLowerCase(Locale.ROOT);
        if (HELP_DESK.matcher(line).find()) {
          break; // "please contact <support@...>": the notice's help desk, not a recipient
        }
        if (excluded.contains(key) || EmailAddress.isMachine(address) || !seen.add(key)) {
          continue;
        }
        found.add(ReportedRecipient.failed(address, around(lines, i)));
        break;
      }
    }
    return found;
  }

  /** The address line and the lines that follow it, up to a blank line after some text. */
  static String around(String[] lines, int index) {
    StringBuilder text = new StringBuilder(lines[index]);
    int taken = 0;
    for (int j = index + 1; j < lines.length && taken < FOLLOWING_LINES; j++) {
      String next = lines[j].trim();
      if (next.isEmpty()) {
        if (taken > 0) {
          break;
        }
        continue;
      }
      if (startsWithOtherAddress(next, lines[index])) {
        break; // the next recipient's paragraph
      }
      text.append('\n').append(next);
      taken++;
    }
    if (NoticeText.wordless(text.toString())) {
      // Lotus Notes and some appliances put the reason above the address, in the same block
      StringBuilder above = new StringBuilder();
      for (int j = index - 1; j >= 0 && index - j <= 3; j--) {
        String previous = lines[j].trim();
        if (previous.isEmpty() || previous.indexOf('@') >= 0) {
          break;
        }
        above.insert(0, previous + "\n");
      }
      text.insert(0, above);
    }
    return text.toString();
  }

  private static final Pattern LEADING_ADDRESS =
      Pattern.compile("^[\"<]?([^\\s\"<>@]{1,64}+@[A-Za-z0-9.-]{1,255}+)");

  private static boolean startsWithOtherAddress(String line, String addressLine) {
    var matcher = LEADING_ADDRESS.matcher(line);
    return matcher.find()
        && !addressLine
            .toLowerCase(Locale.ROOT)
            .contains(matcher.group(1).toLowerCase(Locale.ROOT));
  }

  static Set<String> excludedAddresses(MailView mail) {
    Set<String> excluded = new LinkedHashSet<>();
    for (String header : List.of("From", "To", "Reply-To", "Sender", "Return-Path")) {
      for (String address : EmailAddress.all(mail.header(header))) {
        excluded.add(address.toLowerCase(Locale.ROOT));
      }
    }
    return excluded;
  }
}
