package org.escalationrouter.parse;

import java.time.Clock;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a raw message or a dropped file into a {@link Letter}. The kind of input is detected from
 * its bytes: RFC 822 (and Apple .emlx), Outlook .msg and TNEF winmail.dat are read as messages;
 * anything else (PDF, Word, ODT, RTF, HTML, text, a scanned image) as a letter someone dropped in a
 * folder. Limits come from {@link ParseLimits}; whatever they stop ends in a {@link LetterFlag},
 * never in a lost letter.
 */
@Component
public class LetterParser {

  private final ParseLimits limits;
  private final Clock clock;
  private final AttachmentReader attachments;
  private final DroppedLetterReader dropped;

  @Autowired
  public LetterParser(ParseLimits limits) {
    this(limits, Clock.systemUTC());
  }

  /** With the clock that times OCR against each letter's budget. */
  LetterParser(ParseLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.attachments = new AttachmentReader(new TikaText(limits), limits);
    this.dropped = new DroppedLetterReader(attachments);
  }

  public static LetterParser withDefaults() {
    return new LetterParser(ParseLimits.defaults());
  }

  /**
   * Parses a message or letter.
   *
   * @throws LetterParseException when the input cannot be read as a letter at all
   */
  public Letter parse(byte[] raw, String fileName) {
    if (raw == null || raw.length == 0) {
      throw new LetterParseException("empty input: " + fileName, null);
    }
    // the draft's temporary files are deleted however the reading ends
    try (LetterDraft draft = new LetterDraft(limits, clock)) {
      MediaType type = ContentType.detect(raw);
      try {
        if (ContentType.isMessage(type)) {
          attachments.readMessage(type, raw, Nest.TOP, draft);
        } else {
          dropped.read(raw, fileName, type, draft);
        }
      } catch (LetterParseException e) {
        throw e;
      } catch (Exception | StackOverflowError e) {
        if (!draft.hasText() && !draft.hasAttachments()) {
          throw new LetterParseException("cannot read " + fileName + ": " + e, e);
        }
        draft.flag(LetterFlag.PARSE_ERROR);
      }
      return draft.build();
    }
  }

  /** Texts read by OCR kept for the next copy of the same image. */
  OcrCache ocrCache() {
    return attachments.images().cache();
  }

  /**
   * How many times each set of Tesseract models ({@code eng}, {@code pol+eng}, …) was asked for by
   * this parser: what {@code ocr-policy.languages} chose.
   */
  Map<String, Long> ocrModelsAsked() {
    return attachments.tika().ocrModels().asked();
  }

  /** A listing of what was read from the letter, for the {@code explain} command. */
  public String describe(Letter letter) {
    return LetterDescription.of(letter).render();
  }
}
