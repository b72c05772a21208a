package org.escalationrouter.web;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.mime.MimeMessages;

/**
 * The files a case carries, numbered for download: the attachments of an e-mail, read from its MIME
 * structure only (no parsing of the files themselves, so a case page stays quick), or the dropped
 * letter itself.
 */
final class Attachments {

  private static final int MAX_DEPTH = 8;

  private Attachments() {}

  /** One file as the sender's mail program (or the drop folder) described it. */
  record Attachment(int index, String name, String mediaType, long size) {}

  /** A file to download: its name, its type and its decoded bytes. */
  record Download(String name, String mediaType, byte[] bytes) {}

  static List<Attachment> of(OriginalFile original) {
    if (original == null || original.isEmpty()) {
      return List.of();
    }
    if (!original.isMessage()) {
      return List.of(
          new Attachment(0, original.name(), baseType(original.mediaType()), original.size()));
    }
    List<Attachment> found = new ArrayList<>();
    List<Part> parts = parts(original.bytes());
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      try {
        found.add(new Attachment(i, name(p), baseType(p.getContentType()), size(p)));
      } catch (MessagingException | RuntimeException e) {
        // a part that cannot even say its name is left out of the list
      }
    }
    return List.copyOf(found);
  }

  /** The {@code index}th file of {@link #of}, decoded, or empty when there is none. */
  static Optional<Download> open(OriginalFile original, int index) {
    if (original == null || original.isEmpty() || index < 0) {
      return Optional.empty();
    }
    if (!original.isMessage()) {
      return index == 0
          ? Optional.of(
              new Download(original.name(), baseType(original.mediaType()), original.bytes()))
          : Optional.empty();
    }
    List<Part> parts = parts(original.bytes());
    if (index >= parts.size()) {
      return Optional.empty();
    }
    Part p = parts.get(index);
    try (InputStream in = p.getInputStream()) {
      return Optional.of(new Download(name(p), baseType(p.getContentType()), in.readAllBytes()));
    } catch (MessagingException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<Part> parts(byte[] raw) {
    List<Part> found = new ArrayList<>();
    try {
      MimeMessage m = MimeMessages.read(raw);
      walk(m, 0, found);
    } catch (MessagingException | IOException | RuntimeException e) {
      // broken MIME: the files found so far, rather than a failing page
    }
    return found;
  }

  private static void walk(Part part, int depth, List<Part> found)
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
    if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      found.add(part);
    }
  }

  private static String name(Part p) throws MessagingException {
    String name = p.getFileName();
    return name == null || name.isBlank() ? "(unnamed)" : name;
  }

  private static long size(Part p) throws MessagingException {
    return Math.max(p.getSize(), 0);
  }

  private static String baseType(String type) {
    if (type == null) {
      return "application/octet-stream";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }
}
