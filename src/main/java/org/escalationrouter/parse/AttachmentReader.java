package org.escalationrouter.parse;

import jakarta.mail.util.SharedByteArrayInputStream;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.escalationrouter.mime.HtmlText;
import org.escalationrouter.mime.TextDecoding;

/**
 * Reads one attachment by what its bytes are: attached messages recursively into the same letter,
 * HTML and plain text directly, everything else through Tika (with OCR for scans). Records each in
 * the letter's attachment list with the flags it earned.
 */
final class AttachmentReader {

  private final TikaText tika;
  private final MimeReader mime;
  private final OutlookReader outlook;
  private final TnefReader tnef;

  private final ImageText images;

  AttachmentReader(TikaText tika, ParseLimits limits) {
    this.tika = tika;
    this.images = new ImageText(tika, limits);
    this.mime = new MimeReader(this);
    this.outlook = new OutlookReader(this, tika);
    this.tnef = new TnefReader(this, tika);
  }

  TikaText tika() {
    return tika;
  }

  ImageText images() {
    return images;
  }

  /** Reads a whole message (RFC 822, emlx, Outlook .msg or TNEF) into the letter. */
  void readMessage(MediaType type, byte[] bytes, Nest nest, LetterDraft draft) throws Exception {
    MediaType base = type.getBaseType();
    if (base.equals(ContentType.OUTLOOK)) {
      outlook.read(bytes, nest, draft);
    } else if (base.equals(ContentType.TNEF)) {
      tnef.read(bytes, nest, draft);
    } else if (base.equals(ContentType.EMLX)) {
      mime.read(new SharedByteArrayInputStream(withoutEmlxLength(bytes)), nest, draft);
    } else {
      mime.read(new SharedByteArrayInputStream(bytes), nest, draft);
    }
  }

  OutlookReader outlook() {
    return outlook;
  }

  /** Reads and records one attachment already in memory (Outlook, TNEF), through a spooled file. */
  void read(byte[] bytes, String name, Nest nest, LetterDraft draft) {
    Optional<PartSpool.PartFile> file = draft.spool().take(bytes);
    if (file.isEmpty()) {
      tooLarge(draft, name, nest, bytes.length);
      return;
    }
    read(file.get(), name, nest, draft);
  }

  /** Reads and records one attachment found at {@code nest}, from its spooled file. */
  void read(PartSpool.PartFile file, String name, Nest nest, LetterDraft draft) {
    read(file, name, nest, draft, false);
  }

  /**
   * The same for a part the message's HTML may show inline ({@code shownInline}): such an image is
   * not read by OCR when the message has words of its own.
   */
  void read(
      PartSpool.PartFile file, String name, Nest nest, LetterDraft draft, boolean shownInline) {
    String path = nest.path(name);
    if (file.size() > draft.limits().maxAttachmentBytes()) {
      tooLarge(draft, name, nest, file.size());
      return;
    }
    MediaType type = ContentType.detect(file.path());
    if (ContentType.isMessage(type)) {
      readNested(type, file, name, nest, draft);
      return;
    }
    Set<LetterFlag> flags = EnumSet.noneOf(LetterFlag.class);
    OcrPolicy.Place place =
        new OcrPolicy.Place(draft.hasOwnText(nest), shownInline, draft.knownLanguage(nest));
    String text = text(file, type, draft, place, flags);
    draft.add(
        nest.newKind() == TextPart.Kind.NEW_TEXT ? TextPart.Kind.ATTACHMENT : nest.newKind(),
        nest.attachmentSource(name),
        text);
    record(draft, name, path, type.toString(), file.size(), text.strip().length(), flags);
  }

  static void tooLarge(LetterDraft draft, String name, Nest nest, long size) {
    record(
        draft,
        name,
        nest.path(name),
        "application/octet-stream",
        size,
        0,
        EnumSet.of(LetterFlag.ATTACHMENT_TOO_LARGE));
  }

  /**
   * Text of a document or scan; flags for what could not be read go into {@code flags}. An image is
   * read by OCR as its {@code place} in the letter allows.
   */
  String text(
      PartSpool.PartFile file,
      MediaType type,
      LetterDraft draft,
      OcrPolicy.Place place,
      Set<LetterFlag> flags) {
    String base = type.getBaseType().toString();
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      TextDecoding.Decoded decoded = TextDecoding.decode(textBytes(file, draft), null);
      return HtmlText.toText(decoded.text());
    }
    if (base.equals("text/plain")) {
      TextDecoding.Decoded decoded = TextDecoding.decode(textBytes(file, draft), null);
      return decoded.text();
    }
    if (type.getType().equals("image")) {
      return images.text(file, type, draft, place, flags);
    }
    TikaText.Extraction extraction =
        tika.extract(
            TikaText.of(file.path(), file.size()),
            type,
            draft.charsLeft(),
            draft.ocrBudget(),
            place.language());
    flags.addAll(extraction.flags());
    return extraction.text();
  }

  // at most four bytes a character of what the letter may still take
  private static byte[] textBytes(PartSpool.PartFile file, LetterDraft draft) {
    try (InputStream in = Files.newInputStream(file.path())) {
      return in.readNBytes((int) Math.min(file.size(), 4L * draft.limits().maxTotalChars()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readNested(
      MediaType type, PartSpool.PartFile file, String name, Nest nest, LetterDraft d) {
    Set<LetterFlag> flags = EnumSet.noneOf(LetterFlag.class);
    int before = d.charsLeft();
    if (nest.depth() + 1 > d.limits().maxDepth()) {
      flags.add(LetterFlag.TOO_DEEPLY_NESTED);
    } else {
      try {
        readMessage(type, file, nest.child(name), d);
      } catch (Exception | StackOverflowError e) {
        flags.add(LetterFlag.PARSE_ERROR);
      }
    }
    record(d, name, nest.path(name), type.toString(), file.size(), before - d.charsLeft(), flags);
  }

  /** An attached message: RFC 822 is read from its file; Outlook, TNEF and emlx are read whole. */
  private void readMessage(MediaType type, PartSpool.PartFile file, Nest nest, LetterDraft draft)
      throws Exception {
    MediaType base = type.getBaseType();
    if (base.equals(ContentType.OUTLOOK)
        || base.equals(ContentType.TNEF)
        || base.equals(ContentType.EMLX)) {
      readMessage(type, Files.readAllBytes(file.path()), nest, draft);
      return;
    }
    try (SharedFileInputStream in = new SharedFileInputStream(file.path().toFile())) {
      mime.read(in, nest, draft);
    }
  }

  static void record(
      LetterDraft draft,
      String name,
      String path,
      String type,
      long size,
      int textLength,
      Set<LetterFlag> flags) {
    draft.attachment(new AttachmentInfo(name, path, type, size, textLength, flags));
  }

  // Apple Mail's .emlx starts with the message length on a line of its own
  private static byte[] withoutEmlxLength(byte[] bytes) {
    int newline = 0;
    while (newline < bytes.length && newline < 32 && bytes[newline] != '\n') {
      newline++;
    }
    int start = Math.min(bytes.length, newline + 1);
    int length = bytes.length - start;
    try {
      String digits = new String(bytes, 0, newline, java.nio.charset.StandardCharsets.US_ASCII);
      length = Math.min(length, Integer.parseInt(digits.strip()));
    } catch (NumberFormatException e) {
      // no length: take the rest
    }
    return java.util.Arrays.copyOfRange(bytes, start, start + length);
  }
}
