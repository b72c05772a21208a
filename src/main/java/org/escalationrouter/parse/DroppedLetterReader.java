package org.escalationrouter.parse;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/**
 * A file that is not a message: a scanned or typed letter dropped into a folder. Its text is the
 * customer's own words (ATTACHMENT, source {@code letter:NAME}); the sign-off and name below it
 * become the signature, and an e-mail address in its heading becomes the sender. With no "Re:" line
 * of its own, its first line is shown as the subject and flagged {@link
 * LetterFlag#SUBJECT_FROM_TEXT}, so the judge reads those words once, in the letter.
 */
final class DroppedLetterReader {

  private final AttachmentReader attachments;

  DroppedLetterReader(AttachmentReader attachments) {
    this.attachments = attachments;
  }

  void read(byte[] bytes, String fileName, MediaType type, LetterDraft draft) {
    String name = fileName == null || fileName.isBlank() ? "letter" : fileName;
    String source = "letter:" + name;
    draft.admitPart();
    Set<LetterFlag> flags = EnumSet.noneOf(LetterFlag.class);
    String text = "";
    Optional<PartSpool.PartFile> file = draft.spool().take(bytes);
    if (file.isEmpty()) {
      flags.add(LetterFlag.ATTACHMENT_TOO_LARGE);
    } else {
      text = attachments.text(file.get(), type, draft, OcrPolicy.Place.ALWAYS_READ, flags);
    }
    if (text.isBlank() && flags.isEmpty() && !isDocument(type)) {
      throw new LetterParseException("no text in " + name + " (" + type + ")", null);
    }
    if (text.isBlank() && flags.isEmpty()) {
      // a document that is the letter yet gave no word at all (an RTF nested 200,000 groups deep
      // reads as empty): a person opens it, the judge has nothing to go on
      flags.add(LetterFlag.PARSE_ERROR);
    }
    List<String> lines = text.lines().toList();
    int before = draft.charsLeft();
    int signature = Signatures.start(lines);
    List<BodySegment> printedMail = BodySplitter.split(text, source, TextPart.Kind.ATTACHMENT);
    if (quotesHistory(printedMail)) {
      draft.addAll(printedMail);
    } else if (signature > 0) {
      int end = Signatures.end(lines, signature);
      draft.add(TextPart.Kind.ATTACHMENT, source, String.join("\n", lines.subList(0, signature)));
      draft.add(TextPart.Kind.SIGNATURE, source, String.join("\n", lines.subList(signature, end)));
      if (end < lines.size()) {
        // copy lines under the signature ("Copie : Direction générale") are the writer's
        draft.add(
            TextPart.Kind.ATTACHMENT, source, String.join("\n", lines.subList(end, lines.size())));
      }
    } else {
      draft.add(TextPart.Kind.ATTACHMENT, source, text);
    }
    String from = SenderBlock.sender(lines, signature).orElse(null);
    Optional<String> reLine = SenderBlock.subjectLine(lines);
    draft.envelope(
        new Envelope(from, null, List.of(), List.of(), null, null, null, List.of(), Map.of()),
        reLine.orElseGet(() -> SenderBlock.firstLineAsSubject(lines)));
    if (reLine.isEmpty()) {
      draft.flag(LetterFlag.SUBJECT_FROM_TEXT);
    }
    AttachmentReader.record(
        draft, name, name, type.toString(), bytes.length, before - draft.charsLeft(), flags);
  }

  /**
   * A printed or saved e-mail ("> " lines, "On … wrote:", a forwarded message): its quoted history
   * is split off as in a message body, as long as the sender's own words are left; a letter that
   * would be all history (a memo whose heading looks like mail headers) is read whole.
   */
  private static boolean quotesHistory(List<BodySegment> segments) {
    boolean quoted = segments.stream().anyMatch(s -> s.kind() == TextPart.Kind.QUOTED);
    boolean own =
        segments.stream()
            .anyMatch(s -> s.kind() == TextPart.Kind.ATTACHMENT && !s.text().isBlank());
    return quoted && own;
  }

  // an empty PDF or a blank scan is still a letter someone sent; bytes of no known kind are not
  private static boolean isDocument(MediaType type) {
    return !type.getBaseType().equals(MediaType.OCTET_STREAM);
  }
}
