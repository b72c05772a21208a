package org.escalationrouter.bounce.format;

import java.util.regex.Pattern;

/**
 * Finds where a plain-text bounce starts quoting the original message, so that the sender's own
 * words are never read as the delivery error.
 */
final class OriginalMessageCut {

  private static final Pattern MARKER =
      Pattern.compile(
          "(?i)^[\\s\\-=_*]*(?:"
              + "(?:this is |below (?:this line )?is |included is )?a copy of (?:the |your )?"
              + "(?:original )?message\\b.{0,60}"
              + "|(?:original|unsent|returned) (?:message|mail)(?: headers?)?(?: info)?"
              + "(?: follows| as follows)?"
              + "|message headers follow"
              + "|the header of the original message is following"
              + ")[\\s\\-=_*.:]*$");

  private OriginalMessageCut() {}

  /** The text before the first marker line, or all of it when there is none. */
  static String before(String text) {
    return text.substring(0, markerAt(text));
  }

  /** The quoted original after the first marker line, or "" when there is none. */
  static String after(String text) {
    int at = markerAt(text);
    int lineEnd = text.indexOf('\n', at);
    return at >= text.length() || lineEnd < 0 ? "" : text.substring(lineEnd + 1);
  }

  private static int markerAt(String text) {
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      if (end - start < 200 && MARKER.matcher(text.substring(start, end)).matches()) {
        return start;
      }
      start = end + 1;
    }
    return length;
  }
}
