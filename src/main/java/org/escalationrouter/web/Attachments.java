package org.escalationrouter.web;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.mime.MimeMessages;
import org.escalationrouter.mime.MimePart;
import org.escalationrouter.mime.MimeTree;

/**
 * The files a case carries, numbered for download: the attachments of an e-mail, read from its MIME
 * structure only (no parsing of the files themselves, so a case page stays quick), or the dropped
 * letter itself.
 */
final class Attachments {

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
    List<MimePart> parts = parts(original.bytes());
    for (int i = 0; i < parts.size(); i++) {
      MimePart p = parts.get(i);
      found.add(new Attachment(i, name(p), p.mediaType(), Math.max(p.size(), 0)));
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
    List<MimePart> parts = parts(original.bytes());
    if (index >= parts.size()) {
      return Optional.empty();
    }
    MimePart p = parts.get(index);
    try {
      // a decoded part is never longer than the message that carries it
      byte[] bytes = p.bytes(original.bytes().length);
      return Optional.of(new Download(name(p), p.mediaType(), bytes));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The parts a person would call files: named or attached, outside multiparts, and not inside an
   * attached message (which is one file of its own).
   */
  private static List<MimePart> parts(byte[] raw) {
    try {
      return MimeTree.of(MimeMessages.read(raw)).flatten(false).stream()
          .filter(p -> !p.isMultipart() && p.isAttachment())
          .toList();
    } catch (MessagingException | RuntimeException e) {
      return List.of(); // not even a header block: no files rather than a failing page
    }
  }

  private static String name(MimePart p) {
    String name = p.fileName();
    return name == null ? "(unnamed)" : name;
  }

  private static String baseType(String type) {
    if (type == null) {
      return "application/octet-stream";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }
}
