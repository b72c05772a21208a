package org.escalationrouter.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a letter whose words were not read (besides the images the OCR policy skipped, which
 * {@link UnreadImages} names), each with the reason, for the person who must read the original.
 */
final class UnreadParts {

  private static final Map<LetterFlag, String> REASONS =
      Map.of(
          LetterFlag.ENCRYPTED, "encrypted",
          LetterFlag.PARSE_ERROR, "could not be read",
          LetterFlag.PARSE_TIMEOUT, "reading it took too long",
          LetterFlag.ATTACHMENT_TOO_LARGE, "over the size limit",
          LetterFlag.SUSPECTED_ZIP_BOMB, "expands far beyond its size",
          LetterFlag.NEEDS_OCR, "an image or scan, and OCR is not available",
          LetterFlag.TOO_DEEPLY_NESTED, "nested too deep",
          LetterFlag.TOO_MANY_PARTS, "more parts than the limit");

  /** Flags only the message as a whole carries: its parts past a limit were never listed. */
  private static final Set<LetterFlag> MESSAGE_WIDE =
      EnumSet.of(LetterFlag.TOO_DEEPLY_NESTED, LetterFlag.TOO_MANY_PARTS);

  private UnreadParts() {}

  /** "statement.pdf (encrypted)", one per part not read; "the message (nested too deep)" too. */
  static List<String> of(Letter letter) {
    List<String> unread = new ArrayList<>();
    Set<LetterFlag> explained = EnumSet.noneOf(LetterFlag.class);
    for (AttachmentInfo a : letter.attachments()) {
      for (LetterFlag f : a.flags()) {
        if (REASONS.containsKey(f)) {
          unread.add(a.path() + " (" + REASONS.get(f) + ")");
          explained.add(f);
          break;
        }
      }
    }
    letter.flags().stream()
        .filter(REASONS::containsKey)
        .filter(f -> MESSAGE_WIDE.contains(f) || !explained.contains(f))
        .sorted()
        .forEach(f -> unread.add("the message (" + REASONS.get(f) + ")"));
    return unread;
  }
}
