package org.escalationrouter.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.escalationrouter.mime.MimePart;
import org.escalationrouter.mime.TextDecoding;

/**
 * A multipart body whose boundary is missing or never appears. The walker ({@link
 * MimePart#isBroken()}) gives up on it; mail clients show the body as text, and so do we: the
 * customer's words must reach the judge.
 */
final class BrokenMultipart {

  private BrokenMultipart() {}

  /**
   * The body as text, without lines that look like a boundary ({@code --token}) or a part's {@code
   * Content-*} header, at most {@code maxChars} of it.
   */
  static String asText(MimePart part, int maxChars) throws IOException {
    byte[] bytes;
    try (InputStream in = part.raw()) {
      bytes = in.readNBytes(maxChars * 4);
    }
    String text = TextDecoding.decode(bytes, null).text();
    StringBuilder kept = new StringBuilder(text.length());
    for (String line : text.split("\r?\n", -1)) {
      if (!isBoundary(line) && !isPartHeader(line)) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString().strip();
  }

  private static boolean isBoundary(String line) {
    String s = line.strip();
    return s.startsWith("--") && s.length() > 2 && s.indexOf(' ') < 0 && !s.startsWith("-- ");
  }

  private static boolean isPartHeader(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.startsWith("content-type:")
        || lower.startsWith("content-transfer-encoding:")
        || lower.startsWith("content-disposition:")
        || lower.startsWith("content-id:");
  }
}
