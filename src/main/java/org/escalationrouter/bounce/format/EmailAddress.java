package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mail addresses in free text; quantifiers are bounded so scanning stays linear. Local parts
 * and domains may hold accented Latin letters (RFC 6531 addresses such as jörg@müller.example),
 * never letters of scripts written without spaces, which would swallow the words around them.
 */
public final class EmailAddress {

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:\"[^\"\\r\\n]{1,64}\"|[\\p{IsLatin}\\p{M}0-9!#$%&'*+/=?^_`{|}~.-]{1,64}+)"
              + "@[\\p{IsLatin}\\p{M}0-9-]{1,63}+(?:\\.[\\p{IsLatin}\\p{M}0-9-]{1,63}+)++");

  private static final Pattern PLAIN =
      Pattern.compile(
          "[^@\\s<>:;,\"]{1,64}+@[\\p{IsLatin}\\p{M}0-9-]{1,63}+"
              + "(?:\\.[\\p{IsLatin}\\p{M}0-9-]{1,63}+)*+");

  private static final Pattern MACHINE =
      Pattern.compile(
          "(?i)^(?:mailer-daemon|postmaster|poostmaster|post_master|mail\\.delivery\\.system"
              + "|no-?reply|double-bounce|root|abuse|feedbackloop|mdaemon)@.*");

  private EmailAddress() {}

  public static Optional<String> first(String text) {
    Matcher matcher = ADDRESS.matcher(text);
    return matcher.find() ? Optional.of(clean(matcher.group())) : Optional.empty();
  }

  public static List<String> all(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = ADDRESS.matcher(text);
    while (matcher.find() && found.size() < 200) {
      found.add(clean(matcher.group()));
    }
    return found;
  }

  /** True when the whole value is one ordinary address (no source route, not a bare host). */
  public static boolean isPlain(String value) {
    return value != null && PLAIN.matcher(value).matches();
  }

  /** True for the daemon and administrative mailboxes that send bounces rather than get them. */
  static boolean isMachine(String address) {
    return MACHINE.matcher(address).matches();
  }

  public static boolean same(String a, String b) {
    return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static String clean(String address) {
    String trimmed = address;
    while (trimmed.startsWith(".") || trimmed.startsWith("'")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith(".") || trimmed.endsWith("-")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
