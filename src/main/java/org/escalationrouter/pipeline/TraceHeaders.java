package org.escalationrouter.pipeline;

import java.security.MessageDigest;
import java.util.List;

/**
 * The headers a mail server adds on the way ({@code Received}, {@code Delivered-To}, ...), which
 * differ between two copies of one message. Found by a linear scan of lines, never by a regular
 * expression: a header of thousands of continuation lines once overflowed the stack of one.
 */
final class TraceHeaders {

  private static final List<String> NAMES =
      List.of(
          "received",
          "delivered-to",
          "x-original-to",
          "return-path",
          "x-received",
          "authentication-results",
          "status",
          "x-status",
          "x-uid",
          "x-keywords");
  private static final List<String> PREFIXES = List.of("arc-", "x-spam-");

  private TraceHeaders() {}

  /**
   * Feeds {@code digest} the message with CRLF as LF and every trace header field removed, with its
   * continuation lines; a field is removed only up to its last line end, as the keys stored so far
   * were made that way (any line of the message that reads like a trace header counts).
   */
  static void digestWithout(byte[] raw, MessageDigest digest) {
    byte[] text = unixLineEnds(raw);
    int n = text.length;
    int line = 0;
    int keptFrom = 0;
    while (line < n) {
      int end = indexOf(text, line, n);
      if (end < 0) {
        break; // the last line has no line end, so it is never removed
      }
      if (!isTraceField(text, line, end)) {
        line = end + 1;
        continue;
      }
      int blockEnd = end + 1;
      while (blockEnd < n && (text[blockEnd] == ' ' || text[blockEnd] == '\t')) {
        int next = indexOf(text, blockEnd, n);
        if (next < 0) {
          break;
        }
        blockEnd = next + 1;
      }
      digest.update(text, keptFrom, line - keptFrom);
      keptFrom = blockEnd;
      line = blockEnd;
    }
    digest.update(text, keptFrom, n - keptFrom);
  }

  private static boolean isTraceField(byte[] text, int from, int to) {
    for (String name : NAMES) {
      if (startsWithIgnoreCase(text, from, to, name)) {
        int colon = from + name.length();
        if (colon < to && text[colon] == ':') {
          return true;
        }
      }
    }
    for (String prefix : PREFIXES) {
      if (startsWithIgnoreCase(text, from, to, prefix)) {
        int i = from + prefix.length();
        int start = i;
        while (i < to && (isAsciiLetter(text[i]) || text[i] == '-')) {
          i++;
        }
        if (i > start && i < to && text[i] == ':') {
          return true;
        }
      }
    }
    return false;
  }

  static boolean startsWithIgnoreCase(byte[] text, int from, int to, String lowerAscii) {
    if (to - from < lowerAscii.length()) {
      return false;
    }
    for (int i = 0; i < lowerAscii.length(); i++) {
      int c = text[from + i];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != lowerAscii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  static int indexOf(byte[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] unixLineEnds(byte[] raw) {
    byte[] out = new byte[raw.length];
    int o = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\r' && i + 1 < raw.length && raw[i + 1] == '\n') {
        continue;
      }
      out[o++] = raw[i];
    }
    return o == out.length ? out : java.util.Arrays.copyOf(out, o);
  }
}
