package org.escalationrouter.parse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The letter while it is being read: parts, attachments and flags collected from every reader, with
 * the text and part budgets of {@link ParseLimits} kept in one place.
 */
final class LetterDraft implements AutoCloseable {

  private final ParseLimits limits;
  private final List<TextPart> parts = new ArrayList<>();
  private final List<AttachmentInfo> attachments = new ArrayList<>();
  private final Set<LetterFlag> flags = EnumSet.noneOf(LetterFlag.class);
  private Envelope envelope = Envelope.EMPTY;
  private String subject = "";
  private int charsUsed;
  private int partsWalked;
  private final PartSpool spool;

  private final OcrBudget ocrBudget;

  LetterDraft(ParseLimits limits, Clock clock) {
    this.limits = limits;
    this.ocrBudget = new OcrBudget(limits.ocrPolicy().budget(), clock);
    this.spool =
        new PartSpool(
            limits.tempDir(), limits.maxAttachmentBytes(), limits.maxMessageAttachmentBytes());
  }

  /** Where this letter's attachments are copied while they are read. */
  PartSpool spool() {
    return spool;
  }

  /** Deletes the letter's temporary files. */
  @Override
  public void close() {
    spool.close();
  }

  ParseLimits limits() {
    return limits;
  }

  /** The OCR time this letter may still spend. */
  OcrBudget ocrBudget() {
    return ocrBudget;
  }

  /**
   * Whether the message read at {@code nest} has words of its own in its body (new text, or a
   * forwarded message it passes on as its complaint), as opposed to a letter that is only images.
   */
  boolean hasOwnText(Nest nest) {
    String body = nest.bodySource();
    return parts.stream().anyMatch(p -> p.kind().judged() && p.source().startsWith(body));
  }

  /**
   * The language of the letter's own words read so far (ISO 639-1), for reading its images in: the
   * body of the message read at {@code nest} when its language is known, else the language most of
   * the letter's judged parts read before are in (an attached PDF's text, a page read by OCR
   * before); null when none is known.
   */
  String knownLanguage(Nest nest) {
    String body = nest.bodySource();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TextPart p : parts) {
      if (!p.kind().judged() || p.language() == null) {
        continue;
      }
      if (p.source().startsWith(body)) {
        return p.language();
      }
      counts.merge(p.language(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  void envelope(Envelope envelope, String subject) {
    this.envelope = envelope;
    this.subject = subject == null ? "" : subject;
  }

  void flag(LetterFlag flag) {
    flags.add(flag);
  }

  boolean has(LetterFlag flag) {
    return flags.contains(flag);
  }

  /** Counts one MIME part or attachment; false once the letter has had its share. */
  boolean admitPart() {
    if (partsWalked >= limits.maxParts()) {
      flags.add(LetterFlag.TOO_MANY_PARTS);
      return false;
    }
    partsWalked++;
    return true;
  }

  /** Characters of text still allowed for this letter. */
  int charsLeft() {
    return Math.max(0, limits.maxTotalChars() - charsUsed);
  }

  /** Adds a part, cut to the letter's remaining text budget; blank text is dropped. */
  void add(TextPart.Kind kind, String source, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    String kept = text.strip();
    if (kind.judged() && isRepeat(kept)) {
      // the same words twice (a TNEF copy of the body, a re-attached letter) are judged once
      return;
    }
    if (kept.length() > charsLeft()) {
      kept = kept.substring(0, charsLeft());
      flags.add(LetterFlag.TEXT_TRUNCATED);
      if (kept.isBlank()) {
        return;
      }
    }
    charsUsed += kept.length();
    parts.add(TextPart.guessed(kind, source, kept));
  }

  private boolean isRepeat(String text) {
    return parts.stream().anyMatch(p -> p.kind().judged() && p.text().equals(text));
  }

  void addAll(List<BodySegment> segments) {
    segments.forEach(s -> add(s.kind(), s.source(), s.text()));
  }

  void attachment(AttachmentInfo info) {
    attachments.add(info);
    flags.addAll(info.flags());
  }

  boolean hasAttachments() {
    return !attachments.isEmpty();
  }

  boolean hasText() {
    return !parts.isEmpty();
  }

  Letter build() {
    if (parts.stream().noneMatch(p -> p.kind().judged())) {
      flags.add(LetterFlag.NO_TEXT);
    }
    return new Letter(envelope, subject, parts, attachments, flags);
  }
}
