package org.escalationrouter.parse;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A message or dropped letter as text: its envelope, its subject, and every piece of text with
 * where it came from. The judge reads {@link #judgedParts()}; quoted history and signatures are
 * kept for display but never judged.
 */
public record Letter(
    Envelope envelope,
    String subject,
    List<TextPart> parts,
    List<AttachmentInfo> attachments,
    Set<LetterFlag> flags) {

  public Letter {
    subject = subject == null ? "" : subject;
    parts = List.copyOf(parts);
    attachments = List.copyOf(attachments);
    flags = Set.copyOf(flags);
  }

  /**
   * A letter with only a subject and new text, for tests and for text already extracted; the text's
   * language is guessed as the parser guesses it.
   */
  public static Letter ofText(String subject, String newText) {
    return new Letter(
        Envelope.EMPTY,
        subject,
        List.of(TextPart.guessed(TextPart.Kind.NEW_TEXT, "body", newText)),
        List.of(),
        Set.of());
  }

  /**
   * The flags that say some of the sender's words may not have been read (see {@link
   * LetterFlag#leavesWordsUnread()}); empty when everything was read.
   */
  public SortedSet<LetterFlag> unreadFlags() {
    return flags.stream()
        .filter(LetterFlag::leavesWordsUnread)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The subject the sender wrote, for the judge: empty when the subject shown was only taken from a
   * dropped letter's first line ({@link LetterFlag#SUBJECT_FROM_TEXT}), which the letter's text
   * already holds.
   */
  public String judgedSubject() {
    return flags.contains(LetterFlag.SUBJECT_FROM_TEXT) ? "" : subject;
  }

  /** The customer's own words: new text and attachment text, not quoted history or signatures. */
  public Stream<TextPart> judgedParts() {
    return parts.stream().filter(p -> p.kind().judged());
  }

  /** The customer's new text in the body, joined; empty when there is none. */
  public String newText() {
    return String.join(
        "\n\n",
        parts.stream()
            .filter(p -> p.kind() == TextPart.Kind.NEW_TEXT)
            .map(TextPart::text)
            .toList());
  }

  /**
   * The text a person reads for this letter: the body's new text, then the text of each dropped or
   * attached letter under its file name, marked when OCR read it. Empty when nothing was read.
   */
  public String readableText() {
    return ReadableText.of(this);
  }

  /**
   * The images (and scanned PDFs) OCR did not read under the OCR policy, each as "path (reason)":
   * small images and inline pictures of a letter that has words of its own, and what came after the
   * letter's OCR time was spent.
   */
  public List<String> imagesNotRead() {
    return UnreadParts.images(this);
  }

  /**
   * The parts whose words were not read (encrypted, broken, too large, a scan without OCR, past a
   * limit), each as "path (reason)"; what the OCR policy skipped is in {@link #imagesNotRead()}.
   */
  public List<String> partsNotRead() {
    return UnreadParts.parts(this);
  }

  public boolean hasAttachments() {
    return !attachments.isEmpty();
  }
}
