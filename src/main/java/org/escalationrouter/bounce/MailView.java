package org.escalationrouter.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.escalationrouter.mime.HtmlText;

/**
 * A bounded, exception-free view of a message: its top headers and a flat list of the parts that
 * matter for classification. Each part's text is capped so that pattern work stays bounded on huge
 * or hostile input.
 */
final class MailView {

  static final int TEXT_CAP = 64 * 1024;
  private static final int MAX_PARTS = 64;
  private static final int MAX_DEPTH = 8;

  /** One leaf part; {@code returned} marks parts inside or carrying the original message. */
  record Section(String mediaType, String text, boolean returned) {}

  private final MimeMessage message;
  private final List<Section> sections = new ArrayList<>();
  private final String rootType;

  private MailView(MimeMessage message) {
    this.message = message;
    this.rootType = mediaType(message);
    walk(message, 0, false);
  }

  static MailView of(MimeMessage message) {
    return new MailView(message);
  }

  MimeMessage message() {
    return message;
  }

  /** Media type of the whole message, lower case, such as {@code multipart/report}. */
  String rootType() {
    return rootType;
  }

  /** The {@code report-type} parameter of a multipart/report, lower case, or "". */
  String reportType() {
    try {
      String param = new ContentType(message.getContentType()).getParameter("report-type");
      return param == null ? "" : param.trim().toLowerCase(Locale.ROOT);
    } catch (Exception e) {
      return "";
    }
  }

  List<Section> sections() {
    return sections;
  }

  /** First section of the given media type, outside the returned message. */
  String firstOf(String mediaType) {
    for (Section section : sections) {
      if (section.mediaType().equals(mediaType) && !section.returned()) {
        return section.text();
      }
    }
    return "";
  }

  /**
   * The human-readable notice: the text parts outside the returned message, cut where a copy of the
   * original message begins when it is quoted inline.
   */
  String notice() {
    StringBuilder text = new StringBuilder();
    for (Section section : sections) {
      if (section.returned() || !section.mediaType().startsWith("text/")) {
        continue;
      }
      if (section.mediaType().equals("text/rfc822-headers")) {
        continue;
      }
      if (section.mediaType().equals("text/html") && hasPlainText()) {
        continue;
      }
      text.append(OriginalMessageCut.before(section.text())).append('\n');
      if (text.length() > TEXT_CAP) {
        break;
      }
    }
    return text.toString();
  }

  /**
   * The header block of the returned original message: its own part when attached, else the copy
   * quoted inline after the notice.
   */
  String returnedHeaders() {
    for (Section section : sections) {
      String type = section.mediaType();
      if (type.equals("message/rfc822")
          || type.equals("message/global")
          || type.equals("text/rfc822-headers")) {
        return headerBlockOf(section.text());
      }
    }
    for (Section section : sections) {
      if (!section.returned() && section.mediaType().equals("text/plain")) {
        String quoted = OriginalMessageCut.after(section.text()).stripLeading();
        if (!quoted.isEmpty()) {
          return headerBlockOf(quoted);
        }
      }
    }
    return "";
  }

  private static String headerBlockOf(String text) {
    int end = text.indexOf("\n\n");
    int endCrlf = text.indexOf("\r\n\r\n");
    int cut = end < 0 ? endCrlf : endCrlf < 0 ? end : Math.min(end, endCrlf);
    return cut < 0 ? text : text.substring(0, cut);
  }

  /** First value of a header in the returned original message, or "". */
  String returnedHeader(String name) {
    for (String[] field : DsnFields.fields(returnedHeaders())) {
      if (field[0].equalsIgnoreCase(name)) {
        return field[1];
      }
    }
    return "";
  }

  private boolean hasPlainText() {
    return sections.stream().anyMatch(s -> !s.returned() && s.mediaType().equals("text/plain"));
  }

  /** A decoded top-level header joined with commas, or "". */
  String header(String name) {
    try {
      String value = message.getHeader(name, ",");
      if (value == null) {
        return "";
      }
      return MimeUtility.unfold(decodeWords(rawUtf8(value))).trim();
    } catch (Exception e) {
      return "";
    }
  }

  /**
   * A header sent as raw UTF-8 (RFC 6532, or a server that never encoded it) is read byte by byte
   * as ISO-8859-1 ("RÃ©ponse automatique"); such a value is decoded again as UTF-8 when its bytes
   * are valid UTF-8, so out-of-office subjects and localised notices read as written.
   */
  static String rawUtf8(String value) {
    boolean high = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xFF) {
        return value;
      }
      high |= c >= 0x80;
    }
    if (!high) {
      return value;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return value;
    }
  }

  /** All top-level header lines as text, for formats that carry data in headers. */
  String headerBlock() {
    StringBuilder block = new StringBuilder();
    try {
      Enumeration<String> lines = message.getAllHeaderLines();
      while (lines.hasMoreElements() && block.length() < TEXT_CAP) {
        block.append(lines.nextElement()).append('\n');
      }
    } catch (Exception e) {
      // keep what was read
    }
    return block.toString();
  }

  String subject() {
    return header("Subject");
  }

  private static String decodeWords(String value) {
    try {
      return MimeUtility.decodeText(value);
    } catch (Exception e) {
      return value;
    }
  }

  private void walk(Part part, int depth, boolean returned) {
    if (depth > MAX_DEPTH || sections.size() >= MAX_PARTS) {
      return;
    }
    String type = mediaType(part);
    try {
      if (type.startsWith("multipart/")) {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
          int count = Math.min(multipart.getCount(), MAX_PARTS);
          for (int i = 0; i < count; i++) {
            BodyPart child = multipart.getBodyPart(i);
            walk(child, depth + 1, returned);
          }
          return;
        }
        // an unparseable multipart (say, a lost boundary) is still worth reading as text
        String text = rawText(part);
        if (text.isEmpty()) {
          text = new String(rawBytes(part), StandardCharsets.UTF_8);
        }
        sections.add(new Section("text/plain", text, returned));
        return;
      }
      if (type.equals("message/rfc822") || type.equals("message/global")) {
        String raw = rawText(part);
        sections.add(new Section(type, raw, true));
        Object content = part.getContent();
        if (content instanceof Part inner) {
          walk(inner, depth + 1, true);
        }
        return;
      }
      if (type.equals("text/rfc822-headers") || type.equals("text/rfc822-header")) {
        sections.add(new Section("text/rfc822-headers", rawText(part), true));
        return;
      }
      if (type.startsWith("text/") || type.startsWith("message/")) {
        String text = type.startsWith("message/") ? rawText(part) : decodedText(part);
        if (type.equals("text/html")) {
          text = HtmlText.strip(text);
        }
        sections.add(new Section(type, text, returned));
      }
    } catch (Exception | StackOverflowError e) {
      // a multipart whose boundaries are broken is still worth reading as plain text
      String text =
          type.startsWith("multipart/") ? new String(rawBytes(part), StandardCharsets.UTF_8) : "";
      sections.add(new Section(type.startsWith("text/") ? type : "text/plain", text, returned));
    }
  }

  private static String mediaType(Part part) {
    try {
      String header = part.getContentType();
      if (header == null) {
        return "text/plain";
      }
      return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
    } catch (Exception e) {
      return "text/plain";
    }
  }

  /** Text of a part in its declared charset, falling back to Latin-1 when that fails. */
  private static String decodedText(Part part) {
    byte[] bytes = decodedBytes(part);
    Charset charset = StandardCharsets.UTF_8;
    try {
      String name = new ContentType(part.getContentType()).getParameter("charset");
      if (name != null) {
        charset = Charset.forName(MimeUtility.javaCharset(name.trim()));
      }
    } catch (Exception e) {
      charset = StandardCharsets.ISO_8859_1;
    }
    return new String(bytes, charset);
  }

  /** Transfer-decoded bytes of a part, capped. */
  private static byte[] decodedBytes(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(TEXT_CAP);
    } catch (Exception e) {
      return rawBytes(part);
    }
  }

  private static byte[] rawBytes(Part part) {
    if (part instanceof jakarta.mail.internet.MimePart mime) {
      try (InputStream in =
          mime instanceof jakarta.mail.internet.MimeBodyPart body
              ? body.getRawInputStream()
              : ((MimeMessage) mime).getRawInputStream()) {
        return in.readNBytes(TEXT_CAP);
      } catch (IOException | RuntimeException | jakarta.mail.MessagingException e) {
        return new byte[0];
      }
    }
    return new byte[0];
  }

  /** Report parts are ASCII field blocks; decode leniently. */
  private static String rawText(Part part) {
    return new String(decodedBytes(part), StandardCharsets.UTF_8);
  }
}
