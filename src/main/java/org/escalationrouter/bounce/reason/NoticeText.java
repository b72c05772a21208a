package org.escalationrouter.bounce.reason;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the reason tables read: a server's words lower-cased, white space folded and capped, a
 * multi-line reply's repeated codes dropped; and whether a text names anything but addresses.
 */
public final class NoticeText {

  private NoticeText() {}

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final int MAX_TEXT = 8 * 1024;

  private static final Pattern ADDRESS = Pattern.compile("[^\\s@]{1,64}+@[^\\s@]{1,255}+");

  private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]{0,8192}+");

  private static final Pattern REPLY_PREFIX =
      Pattern.compile("(?<![\\w.])([245]\\d\\d)[- ](?:[245]\\.\\d{1,3}\\.\\d{1,3} )?");

  /**
   * A report's recipient fields and a pipe recipient ("|/usr/bin/procmail ...", as Sendmail quotes
   * it) hold addresses, not the server's words: a program named in an address is no mailer error.
   */
  private static final Pattern ADDRESS_FIELDS =
      Pattern.compile(
          "(?im)^(?:final|original|x-actual)-recipient:[^\r\n]{0,1000}+$|\"\\|[^\"\r\n]{0,500}+\"");

  /** The normalised text with the addresses a report names taken out, for reading a cause. */
  public static String wordsOf(String text) {
    return lowered(ADDRESS_FIELDS.matcher(capped(text)).replaceAll(" "));
  }

  public static String normalise(String text) {
    return lowered(capped(text));
  }

  private static String capped(String text) {
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  private static String lowered(String capped) {
    return withoutContinuationCodes(SPACE.matcher(capped.toLowerCase(Locale.ROOT)).replaceAll(" "));
  }

  /**
   * A multi-line SMTP reply repeats its code on every line ("550-5.7.1 ... 550 5.7.1 ..."); once
   * the lines are joined, the repeats split the server's sentence, so they are dropped.
   */
  static String withoutContinuationCodes(String text) {
    Matcher first = REPLY_PREFIX.matcher(text);
    if (!first.find()) {
      return text;
    }
    String code = first.group(1);
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first.end());
    Matcher later = REPLY_PREFIX.matcher(text);
    later.region(first.end(), text.length());
    int copied = first.end();
    int removed = 0;
    while (later.find() && removed++ < 100) {
      if (later.group(1).equals(code)) {
        out.append(text, copied, later.start());
        copied = later.end();
      }
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  /** Text with no word and no code in it once the addresses and list marks are taken out. */
  public static boolean wordless(String text) {
    return NO_LETTERS.matcher(ADDRESS.matcher(text).replaceAll(" ")).matches();
  }
}
