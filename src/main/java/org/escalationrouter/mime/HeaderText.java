package org.escalationrouter.mime;

/**
 * A header value made ready for decoding in one pass. Jakarta Mail's {@code MimeUtility.unfold}
 * copies the rest of the value at every fold, so a subject folded half a million times (a 1.5 MB
 * message) took more than a minute; this unfolds the same way in linear time, and cuts a value
 * longer than any real header ({@value #MAX_CHARS} characters) before its encoded words are
 * decoded.
 */
public final class HeaderText {

  /** Longer than any subject, address list or reference chain a person writes or reads. */
  public static final int MAX_CHARS = 65_536;

  private HeaderText() {}

  /**
   * The value unfolded as {@code MimeUtility.unfold} does it (a line break followed by a space or
   * tab goes and the blank stays, a line break at the very end goes, an escaped line break loses
   * its backslash, any other line break stays) and cut to {@value #MAX_CHARS} characters.
   */
  public static String unfold(String value) {
    if (value == null) {
      return null;
    }
    int n = value.length();
    StringBuilder out = new StringBuilder(Math.min(n, MAX_CHARS));
    int i = 0;
    while (i < n && out.length() < MAX_CHARS) {
      char c = value.charAt(i);
      if (c != '\r' && c != '\n') {
        out.append(c);
        i++;
        continue;
      }
      int end = i + (c == '\r' && i + 1 < n && value.charAt(i + 1) == '\n' ? 2 : 1);
      if (i > 0 && value.charAt(i - 1) == '\\') {
        out.setLength(out.length() - 1); // an escaped break stays, without its backslash
        out.append(value, i, end);
      } else if (end < n && value.charAt(end) != ' ' && value.charAt(end) != '\t') {
        out.append(value, i, end); // a break that is no fold stays
      }
      i = end;
    }
    return out.length() > MAX_CHARS ? out.substring(0, MAX_CHARS) : out.toString();
  }
}
