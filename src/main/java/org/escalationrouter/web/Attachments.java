package org.escalationrouter.web;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The names of the files a stored letter carried, read from its MIME structure only (no parsing of
 * the files themselves, so a case page stays quick).
 */
final class Attachments {

  private static final int MAX_DEPTH = 8;

  private Attachments() {}

  /** One attached file as the sender's mail program described it. */
  record Attachment(String name, String mediaType, long size) {}

  static List<Attachment> of(byte[] raw) {
    if (raw == null || raw.length == 0) {
      return List.of();
    }
    List<Attachment> found = new ArrayList<>();
    try {
      MimeMessage m =
          new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
      walk(m, 0, found);
    } catch (MessagingException | IOException | RuntimeException e) {
      // not MIME (a dropped file) or broken: the page shows no attachments rather than failing
      return List.copyOf(found);
    }
    return List.copyOf(found);
  }

  private static void walk(Part part, int depth, List<Attachment> found)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multi) {
      for (int i = 0; i < multi.getCount(); i++) {
        BodyPart child = multi.getBodyPart(i);
        walk(child, depth + 1, found);
      }
      return;
    }
    String name = part.getFileName();
    if (name != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      String type = part.getContentType() == null ? "" : part.getContentType();
      int semicolon = type.indexOf(';');
      found.add(
          new Attachment(
              name == null ? "(unnamed)" : name,
              (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT),
              Math.max(part.getSize(), 0)));
    }
  }
}
