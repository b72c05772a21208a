package org.escalationrouter.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 822 messages: headers into the envelope, the body (text/plain preferred over HTML) split into
 * new text, quotes and signature, and every other part handed to the {@link AttachmentReader}.
 */
final class MimeReader {

  private static final Session SESSION = session();
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> REPORTS =
      Set.of(
          "message/delivery-status",
          "message/global-delivery-status",
          "message/disposition-notification",
          "message/feedback-report",
          "text/rfc822-headers",
          "message/rfc822-headers",
          "application/pkcs7-signature",
          "application/x-pkcs7-signature");

  private static final Pattern RAW_NAME =
      Pattern.compile("(?:file)?name\\*?=\\s*\"?([^\";]+)", Pattern.CASE_INSENSITIVE);

  private final AttachmentReader attachments;

  MimeReader(AttachmentReader attachments) {
    this.attachments = attachments;
  }

  private static Session session() {
    Properties props = new Properties();
    props.setProperty("mail.mime.address.strict", "false");
    props.setProperty("mail.mime.parameters.strict", "false");
    props.setProperty("mail.mime.base64.ignoreerrors", "true");
    return Session.getInstance(props);
  }

  void read(byte[] bytes, Nest nest, LetterDraft draft) throws MessagingException {
    MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    if (nest.isTop()) {
      String charset = charsetOf(safeType(message));
      HeaderReader.Read read = HeaderReader.read(name -> header(message, name), charset);
      draft.envelope(read.envelope(), read.subject());
      if (read.repaired()) {
        draft.flag(LetterFlag.CHARSET_REPAIRED);
      }
    }
    List<String> bodies = new ArrayList<>();
    List<Runnable> later = new ArrayList<>();
    walk(message, nest, draft, bodies, later);
    draft.addAll(
        BodySplitter.split(String.join("\n\n", bodies), nest.bodySource(), nest.newKind()));
    // attachments after the body, so that parts read in the order a person would
    later.forEach(Runnable::run);
  }

  private void walk(
      Part part, Nest nest, LetterDraft draft, List<String> bodies, List<Runnable> later) {
    if (!draft.admitPart()) {
      return;
    }
    String type = safeType(part);
    String base = baseType(type);
    try {
      String name = fileName(part);
      boolean attached = name != null || Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
      if (base.equals("multipart/alternative")) {
        alternative(part, nest, draft, bodies, later);
      } else if (base.equals("multipart/encrypted") || isEnveloped(base, type)) {
        draft.flag(LetterFlag.ENCRYPTED);
        String n = nameOr(name, base);
        AttachmentReader.record(
            draft, n, nest.path(n), base, -1, 0, EnumSet.of(LetterFlag.ENCRYPTED));
      } else if (base.equals("multipart/signed")) {
        Multipart multipart = (Multipart) part.getContent();
        if (multipart.getCount() > 0) {
          walk(multipart.getBodyPart(0), nest, draft, bodies, later);
        }
      } else if (base.startsWith("multipart/")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          walk(multipart.getBodyPart(i), nest, draft, bodies, later);
        }
      } else if (!attached && (base.equals("text/plain") || base.equals("text/html"))) {
        bodies.add(bodyText(part, base, type, draft));
      } else if (REPORTS.contains(base)) {
        byte[] bytes = bounded(part, draft);
        AttachmentReader.record(
            draft,
            nameOr(name, base),
            nest.path(nameOr(name, base)),
            base,
            bytes.length,
            0,
            Set.of());
      } else {
        byte[] bytes = bounded(part, draft);
        if (bytes == null) {
          String n = nameOr(name, base);
          AttachmentReader.record(
              draft, n, nest.path(n), base, -1, 0, EnumSet.of(LetterFlag.ATTACHMENT_TOO_LARGE));
        } else {
          later.add(() -> attachments.read(bytes, nameOr(name, base), nest, draft));
        }
      }
    } catch (MessagingException | IOException | RuntimeException e) {
      draft.flag(LetterFlag.PARSE_ERROR);
    }
  }

  private String bodyText(Part part, String base, String type, LetterDraft draft)
      throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = content(part)) {
      bytes = in.readNBytes(draft.limits().maxTotalChars() * 4);
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, charsetOf(type));
    if (decoded.repaired()) {
      draft.flag(LetterFlag.CHARSET_REPAIRED);
    }
    return base.equals("text/html") ? HtmlText.toText(decoded.text()) : decoded.text();
  }

  /** text/plain when it has words, else the richer alternative (HTML, or a related group). */
  private void alternative(
      Part part, Nest nest, LetterDraft draft, List<String> bodies, List<Runnable> later)
      throws MessagingException, IOException {
    Multipart alternatives = (Multipart) part.getContent();
    Part richer = null;
    for (int i = 0; i < alternatives.getCount(); i++) {
      Part child = alternatives.getBodyPart(i);
      String base = baseType(safeType(child));
      if (base.equals("text/plain")) {
        String text = bodyText(child, base, safeType(child), draft);
        if (!text.isBlank()) {
          bodies.add(text);
          return;
        }
      } else if (base.equals("text/html") || base.startsWith("multipart/")) {
        richer = richer == null || !base.equals("text/html") ? child : richer;
      }
    }
    if (richer != null) {
      walk(richer, nest, draft, bodies, later);
    }
  }

  /** The decoded content, or the raw bytes when the transfer encoding is unknown ("8-bit"). */
  private static InputStream content(Part part) throws MessagingException, IOException {
    try {
      InputStream in = part.getInputStream();
      return in;
    } catch (IOException e) {
      if (part instanceof MimeBodyPart body) {
        return body.getRawInputStream();
      }
      if (part instanceof MimeMessage message) {
        return message.getRawInputStream();
      }
      throw e;
    }
  }

  private static String disposition(Part part) {
    try {
      return part.getDisposition();
    } catch (MessagingException | RuntimeException e) {
      String[] raw = headers(part, "Content-Disposition");
      return raw.length > 0 && raw[0].strip().toLowerCase(Locale.ROOT).startsWith("attachment")
          ? Part.ATTACHMENT
          : null;
    }
  }

  private static String[] headers(Part part, String name) {
    try {
      String[] values = part.getHeader(name);
      return values == null ? new String[0] : values;
    } catch (MessagingException e) {
      return new String[0];
    }
  }

  private static byte[] bounded(Part part, LetterDraft draft)
      throws MessagingException, IOException {
    long max = draft.limits().maxAttachmentBytes();
    try (InputStream in = content(part)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      return bytes.length > max ? null : bytes;
    }
  }

  private static boolean isEnveloped(String base, String type) {
    return (base.equals("application/pkcs7-mime") || base.equals("application/x-pkcs7-mime"))
        && !type.toLowerCase(Locale.ROOT).contains("signed-data");
  }

  private static String header(MimeMessage m, String name) {
    try {
      return m.getHeader(name, ",");
    } catch (MessagingException e) {
      return null;
    }
  }

  static String safeType(Part part) {
    try {
      String type = part.getContentType();
      return type == null ? "text/plain" : type;
    } catch (MessagingException e) {
      return "text/plain";
    }
  }

  static String baseType(String type) {
    int semi = type.indexOf(';');
    return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  static String charsetOf(String type) {
    Matcher m = CHARSET.matcher(type);
    return m.find() ? m.group(1) : null;
  }

  private static String fileName(Part part) {
    String name;
    try {
      name = part.getFileName();
    } catch (MessagingException | RuntimeException e) {
      name = rawFileName(part);
    }
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      String repaired = TextDecoding.rawHeader(name, null).text();
      return MimeUtility.decodeText(repaired).strip();
    } catch (IOException | RuntimeException e) {
      return name.strip();
    }
  }

  // a parameter list Jakarta Mail refuses ("filename==?koi8-r?B?…?="): take the value as written
  private static String rawFileName(Part part) {
    for (String header : new String[] {"Content-Disposition", "Content-Type"}) {
      for (String value : headers(part, header)) {
        Matcher m = RAW_NAME.matcher(value);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  private static String nameOr(String name, String base) {
    if (name != null) {
      return name;
    }
    int slash = base.indexOf('/');
    return "part." + (slash < 0 ? "bin" : base.substring(slash + 1));
  }
}
