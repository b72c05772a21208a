package org.escalationrouter.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient reading of one MIME part's type, name, disposition and bytes: malformed is normal. */
final class MimeParts {

  private MimeParts() {}

  private static final Pattern RAW_NAME =
      Pattern.compile("(?:file)?name\\*?=\\s*\"?([^\";]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  /** The decoded content, or the raw bytes when the transfer encoding is unknown ("8-bit"). */
  static InputStream content(Part part) throws MessagingException, IOException {
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

  static String disposition(Part part) {
    try {
      return part.getDisposition();
    } catch (MessagingException | RuntimeException e) {
      String[] raw = headers(part, "Content-Disposition");
      return raw.length > 0 && raw[0].strip().toLowerCase(Locale.ROOT).startsWith("attachment")
          ? Part.ATTACHMENT
          : null;
    }
  }

  static String[] headers(Part part, String name) {
    try {
      String[] values = part.getHeader(name);
      return values == null ? new String[0] : values;
    } catch (MessagingException e) {
      return new String[0];
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

  static String fileName(Part part) {
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
  static String rawFileName(Part part) {
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

  static String nameOr(String name, String base) {
    if (name != null) {
      return name;
    }
    int slash = base.indexOf('/');
    return "part." + (slash < 0 ? "bin" : base.substring(slash + 1));
  }

  /** The decoded size of a part, counted without keeping it. */
  static long size(Part part) throws MessagingException, IOException {
    try (InputStream in = content(part)) {
      return in.transferTo(OutputStream.nullOutputStream());
    }
  }

  static boolean isEnveloped(String base, String type) {
    return (base.equals("application/pkcs7-mime") || base.equals("application/x-pkcs7-mime"))
        && !type.toLowerCase(Locale.ROOT).contains("signed-data");
  }
}
