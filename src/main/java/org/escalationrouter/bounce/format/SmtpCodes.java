package org.escalationrouter.bounce.format;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads SMTP reply codes (550) and enhanced status codes (5.1.1) out of error text. */
public final class SmtpCodes {

  private static final Pattern ENHANCED =
      Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d]|\\.\\d)");
  private static final Pattern REPLY =
      Pattern.compile("(?<![\\d.#\\-:/])([245][0-5]\\d)(?:[ \\-]|$)");

  /**
   * A reply code given as a named field rather than at the start of a reply, as web-mail providers
   * and gateways word it: "ERROR_CODE :421", "error code: 550", "SMTP code=554", "reply code 450".
   */
  private static final Pattern NAMED_REPLY =
      Pattern.compile(
          "(?i)(?:error|reply|response|smtp|server)[ _-]?code\\s{0,3}+[:=]?\\s{0,3}+([245][0-5]\\d)(?!\\d)");

  private SmtpCodes() {}

  /** The first enhanced status code in the text, such as {@code 5.1.1}. */
  public static Optional<String> enhancedStatus(String text) {
    Matcher matcher = ENHANCED.matcher(text);
    return matcher.find()
        ? Optional.of(matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3))
        : Optional.empty();
  }

  /** The first three-digit SMTP reply code in the text, such as {@code 550}. */
  public static Optional<String> replyCode(String text) {
    Matcher matcher = REPLY.matcher(text);
    if (matcher.find()) {
      return Optional.of(matcher.group(1));
    }
    Matcher named = NAMED_REPLY.matcher(text);
    return named.find() ? Optional.of(named.group(1)) : Optional.empty();
  }

  /** True for codes that say nothing beyond their class, like {@code 5.0.0} or {@code 4.0.0}. */
  public static boolean isGeneric(String status) {
    return status == null || status.isEmpty() || status.matches("[245]\\.0\\.0");
  }
}
