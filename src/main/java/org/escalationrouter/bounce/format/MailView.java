package org.escalationrouter.bounce.format;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.escalationrouter.mime.HeaderText;
import org.escalationrouter.mime.HtmlText;
import org.escalationrouter.mime.MimePart;
import org.escalationrouter.mime.MimeTree;
import org.escalationrouter.mime.TextDecoding;

/**
 * A bounded, exception-free view of a message: its top headers and a flat list of the parts that
 * matter for classification. Each part's text is capped so that pattern work stays bounded on huge
 * or hostile input.
 */
public final class MailView {

  static final int TEXT_CAP = 64 * 1024;

  /**
   * Sections read, at most: a notice's pattern work stays bounded (the walk's limits are wider).
   */
  private static final int MAX_SECTIONS = 64;

  /** One leaf part; {@code returned} marks parts inside or carrying the original message. */
  record Section(String mediaType, String text, boolean returned) {}

  private final MimeMessage message;
  private final List<Section> sections = new ArrayList<>();
  private final String rootType;
  private final MimePart root;

  private MailView(MimeMessage message) {
    this.message = message;
    MimePart root = MimeTree.of(message);
    this.rootType = root.mediaType();
    this.root = root;
    read(root);
  }

  public static MailView of(MimeMessage message) {
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
  public String reportType() {
    String param = root.parameter("report-type");
    return param == null ? "" : param.trim().toLowerCase(Locale.ROOT);
  }

  List<Section> sections() {
    return sections;
  }

  /** First section of the given media type, outside the returned message. */
  public String firstOf(String mediaType) {
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
  public String notice() {
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
  public String returnedHeaders() {
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
  public String returnedHeader(String name) {
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
  public String header(String name) {
    try {
      String value = message.getHeader(name, ",");
      if (value == null) {
        return "";
      }
      return HeaderText.unfold(decodeWords(rawUtf8(HeaderText.unfold(value)))).trim();
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

  public String subject() {
    return header("Subject");
  }

  private static String decodeWords(String value) {
    try {
      return MimeUtility.decodeText(value);
    } catch (Exception e) {
      return value;
    }
  }

  /**
   * Every part of the message, into a returned original, as a section: text decoded, HTML stripped,
   * report blocks as written. A multipart whose boundary is broken is still worth reading as plain
   * text.
   */
  private void read(MimePart root) {
    for (MimePart part : root.flatten(true)) {
      if (sections.size() >= MAX_SECTIONS) {
        return;
      }
      String type = part.mediaType();
      boolean returned = part.isWithinAttachedMessage();
      if (part.isMultipart()) {
        if (part.isBroken()) {
          String text = utf8(part);
          if (text.isEmpty()) {
            text = new String(part.rawBytes(TEXT_CAP), StandardCharsets.UTF_8);
          }
          sections.add(new Section("text/plain", text, returned));
        }
      } else if (part.isAttachedMessage()) {
        sections.add(new Section(type, utf8(part), true));
      } else if (type.equals("text/rfc822-headers") || type.equals("text/rfc822-header")) {
        sections.add(new Section("text/rfc822-headers", utf8(part), true));
      } else if (type.startsWith("message/")) {
        sections.add(new Section(type, utf8(part), returned));
      } else if (type.equals("application/json")) {
        // a cloud sender's event (SES, Mailgun, Postmark, Mandrill, SendGrid) sent as JSON
        sections.add(new Section(type, utf8(part), returned));
      } else if (type.startsWith("text/")) {
        String text = decodedText(part);
        sections.add(
            new Section(type, type.equals("text/html") ? HtmlText.strip(text) : text, returned));
      }
    }
  }

  /** Text of a part in its declared charset, repaired where the bytes disagree. */
  private static String decodedText(MimePart part) {
    try {
      return part.text(TEXT_CAP).text();
    } catch (IOException | RuntimeException e) {
      return TextDecoding.decode(part.rawBytes(TEXT_CAP), part.charset()).text();
    }
  }

  /** Report parts are ASCII field blocks; decode leniently. */
  private static String utf8(MimePart part) {
    byte[] bytes;
    try {
      bytes = part.bytes(TEXT_CAP);
    } catch (IOException | RuntimeException e) {
      bytes = part.rawBytes(TEXT_CAP);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
