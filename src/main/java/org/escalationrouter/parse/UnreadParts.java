package org.escalationrouter.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a letter whose words were not read, each with the reason, for people to see: the
 * images the OCR policy skipped, and the parts not read at all (encrypted, broken, too large, a
 * scan without OCR, past a limit), for which a person must open the original.
 */
final class UnreadParts {

  private static final Map<LetterFlag, String> IMAGE_REASONS = new EnumMap<>(LetterFlag.class);

  private static final Map<LetterFlag, String> PART_REASONS = new EnumMap<>(LetterFlag.class);

  static {
    IMAGE_REASONS.put(LetterFlag.OCR_SKIPPED_SMALL_IMAGE, "small image: logo, icon or signature");
    IMAGE_REASONS.put(LetterFlag.OCR_SKIPPED_INLINE_IMAGE, "shown inline by the HTML");
    IMAGE_REASONS.put(LetterFlag.OCR_BUDGET_SPENT, "the letter's OCR time was spent");
    PART_REASONS.put(LetterFlag.NEEDS_OCR, "an image or scan, and OCR is not available");
    PART_REASONS.put(LetterFlag.ATTACHMENT_TOO_LARGE, "over the size limit");
    PART_REASONS.put(LetterFlag.TOO_DEEPLY_NESTED, "nested too deep");
    PART_REASONS.put(LetterFlag.TOO_MANY_PARTS, "more parts than the limit");
    PART_REASONS.put(LetterFlag.PARSE_TIMEOUT, "reading it took too long");
    PART_REASONS.put(LetterFlag.PARSE_ERROR, "could not be read");
    PART_REASONS.put(LetterFlag.ENCRYPTED, "encrypted");
    PART_REASONS.put(LetterFlag.SUSPECTED_ZIP_BOMB, "expands far beyond its size");
    PART_REASONS.put(LetterFlag.IMAGE_TOO_LARGE, "an image of more pixels than the limit");
    PART_REASONS.put(LetterFlag.TEXT_TRUNCATED, "text past the character limit");
  }

  /** Flags only the message as a whole carries: its parts past a limit were never listed. */
  private static final Set<LetterFlag> MESSAGE_WIDE =
      EnumSet.of(LetterFlag.TOO_DEEPLY_NESTED, LetterFlag.TOO_MANY_PARTS);

  private UnreadParts() {}

  /** "logo.png (shown inline by the HTML)", one per image or scan OCR did not read. */
  static List<String> images(Letter letter) {
    return named(letter, IMAGE_REASONS);
  }

  /** "statement.pdf (encrypted)", one per part not read; "the message (nested too deep)" too. */
  static List<String> parts(Letter letter) {
    List<String> unread = new ArrayList<>(named(letter, PART_REASONS));
    Set<LetterFlag> explained = EnumSet.noneOf(LetterFlag.class);
    letter.attachments().forEach(a -> reason(a, PART_REASONS).ifPresent(explained::add));
    letter.flags().stream()
        .filter(PART_REASONS::containsKey)
        .filter(f -> MESSAGE_WIDE.contains(f) || !explained.contains(f))
        .sorted()
        .forEach(f -> unread.add("the message (" + PART_REASONS.get(f) + ")"));
    return unread;
  }

  /** Whether a reason is written for the flag; every flag that leaves words unread has one. */
  static boolean explains(LetterFlag flag) {
    return IMAGE_REASONS.containsKey(flag) || PART_REASONS.containsKey(flag);
  }

  private static List<String> named(Letter letter, Map<LetterFlag, String> reasons) {
    return letter.attachments().stream()
        .flatMap(a -> reason(a, reasons).map(f -> a.path() + " (" + reasons.get(f) + ")").stream())
        .toList();
  }

  /** The attachment's first flag, in the flags' own order, that has a reason. */
  private static Optional<LetterFlag> reason(
      AttachmentInfo attachment, Map<LetterFlag, String> reasons) {
    return attachment.flags().stream().filter(reasons::containsKey).sorted().findFirst();
  }
}
