package org.escalationrouter.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A multipart body whose boundary is missing or never appears. Jakarta Mail gives up on it; mail
 * clients show the body as text, and so do we: the customer's words must reach the judge.
 */
final class BrokenMultipart {

  private BrokenMultipart() {}

  /** The parts, or null when the body cannot be split by its boundary. */
  static Multipart parts(Part part) throws IOException {
    try {
      Multipart multipart = (Multipart) part.getContent();
      multipart.getCount(); // parses now: a missing start boundary fails here
      return multipart;
    } catch (MessagingException | ClassCastException e) {
      return null;
    }
  }

  /**
   * The body as text, without lines that look like a boundary ({@code --token}) or a part's {@code
   * Content-*} header, at most {@code maxChars} of it.
   */
  static String asText(Part part, int maxChars) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = raw(part)) {
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

  private static InputStream raw(Part part) throws MessagingException, IOException {
    if (part instanceof MimeBodyPart body) {
      return body.getRawInputStream();
    }
    if (part instanceof MimeMessage message) {
      return message.getRawInputStream();
    }
    return part.getInputStream();
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
