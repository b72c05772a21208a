package org.escalationrouter.bounce;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads SMTP reply codes (550) and enhanced status codes (5.1.1) out of error text. */
final class SmtpCodes {

  private static final Pattern ENHANCED =
      Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d]|\\.\\d)");
  private static final Pattern REPLY =
      Pattern.compile("(?<![\\d.#\\-:/])([245][0-5]\\d)(?:[ \\-]|$)");

  private SmtpCodes() {}

  /** The first enhanced status code in the text, such as {@code 5.1.1}. */
  static Optional<String> enhancedStatus(String text) {
    Matcher matcher = ENHANCED.matcher(text);
    return matcher.find()
        ? Optional.of(matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3))
        : Optional.empty();
  }

  /** The first three-digit SMTP reply code in the text, such as {@code 550}. */
  static Optional<String> replyCode(String text) {
    Matcher matcher = REPLY.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** True for codes that say nothing beyond their class, like {@code 5.0.0} or {@code 4.0.0}. */
  static boolean isGeneric(String status) {
    return status == null || status.isEmpty() || status.matches("[245]\\.0\\.0");
  }
}
