package org.escalationrouter.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The idempotency key of a message. With a Message-ID it is that ID plus a hash of the body: the
 * same message delivered to two mailboxes (only its Received and Delivered-To headers differ) gets
 * one key, while a sender that reuses a Message-ID for a different letter does not have the second
 * letter swallowed. Without a Message-ID it is a hash of the whole content minus the trace headers.
 */
final class MessageKey {

  private static final int HEADER_SCAN = 64 * 1024;
  private static final int MAX_KEY = 300; // processed_message.idem_key
  private static final int BODY_HASH_CHARS = 16;

  private MessageKey() {}

  /**
   * The key, or when computing it fails for any reason a hash of the bytes: for the paths that must
   * account for a message whatever it holds.
   */
  static String safely(byte[] raw, boolean mime) {
    try {
      return of(raw, mime);
    } catch (RuntimeException | StackOverflowError e) {
      return "sha:" + sha256(raw);
    }
  }

  static String of(byte[] raw, boolean mime) {
    if (!mime) {
      return "sha:" + sha256(raw);
    }
    String head =
        new String(raw, 0, Math.min(raw.length, HEADER_SCAN), StandardCharsets.ISO_8859_1);
    int headerEnd = headerEnd(head);
    String id = messageId(head, headerEnd < 0 ? head.length() : headerEnd);
    if (id != null) {
      String body = bodyHash(raw, headerEnd).substring(0, BODY_HASH_CHARS);
      String key = "mid:" + id + "#" + body;
      return key.length() <= MAX_KEY
          ? key
          : "mid:" + sha256(id.getBytes(StandardCharsets.ISO_8859_1)) + "#" + body;
    }
    MessageDigest digest = sha256();
    TraceHeaders.digestWithout(raw, digest);
    return "sha:" + HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The first {@code Message-ID: <...>} at the start of a line, its value perhaps folded onto the
   * next line, 3 to 900 characters between the brackets; lower-cased. Null when there is none.
   */
  private static String messageId(String head, int end) {
    for (int line = 0; line < end; ) {
      String id = idAt(head, line, end);
      if (id != null) {
        return id.toLowerCase(Locale.ROOT);
      }
      int next = head.indexOf('\n', line);
      line = next < 0 ? end : next + 1;
    }
    return null;
  }

  private static String idAt(String head, int line, int end) {
    if (!head.regionMatches(true, line, "Message-ID:", 0, 11)) {
      return null;
    }
    int i = skipBlanks(head, line + 11, end);
    int fold = i < end && head.charAt(i) == '\r' ? i + 1 : i;
    if (fold + 1 < end && head.charAt(fold) == '\n' && isBlank(head.charAt(fold + 1))) {
      i = skipBlanks(head, fold + 1, end);
    }
    if (i >= end || head.charAt(i) != '<') {
      return null;
    }
    for (int j = i + 1; j < end && j - i - 1 <= 900; j++) {
      char c = head.charAt(j);
      if (c == '>') {
        return j - i - 1 >= 3 ? head.substring(i, j + 1) : null;
      }
      if (c == '\r' || c == '\n') {
        return null;
      }
    }
    return null;
  }

  private static int skipBlanks(String s, int from, int end) {
    int i = from;
    while (i < end && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** Where the blank line after the headers starts, or -1. */
  private static int headerEnd(String head) {
    int end = head.indexOf("\n\n");
    int endCrlf = head.indexOf("\r\n\r\n");
    return end < 0 ? endCrlf : endCrlf < 0 ? end : Math.min(end, endCrlf);
  }

  /**
   * The hash of the body with line ends and surrounding blanks evened out, as servers store them
   * differently: CRLF read as LF, leading and trailing whitespace left out. Computed over the bytes
   * where they lie, so a 40 MB body is not copied into strings on the way.
   */
  private static String bodyHash(byte[] raw, int headerEnd) {
    MessageDigest digest = sha256();
    if (headerEnd >= 0) {
      int from = headerEnd;
      int to = raw.length - 1;
      while (from <= to && Character.isWhitespace((char) (raw[from] & 0xff))) {
        from++;
      }
      while (to >= from && Character.isWhitespace((char) (raw[to] & 0xff))) {
        to--;
      }
      byte[] chunk = new byte[8192];
      int n = 0;
      for (int i = from; i <= to; i++) {
        if (raw[i] == '\r' && i < to && raw[i + 1] == '\n') {
          continue;
        }
        chunk[n++] = raw[i];
        if (n == chunk.length) {
          digest.update(chunk, 0, n);
          n = 0;
        }
      }
      digest.update(chunk, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
