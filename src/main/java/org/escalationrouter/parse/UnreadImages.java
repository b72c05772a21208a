package org.escalationrouter.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The images of a letter that OCR did not read, each with the reason, for people to see. */
final class UnreadImages {

  private static final Map<LetterFlag, String> REASONS =
      Map.of(
          LetterFlag.OCR_SKIPPED_INLINE_IMAGE, "shown inline by the HTML",
          LetterFlag.OCR_SKIPPED_SMALL_IMAGE, "small image: logo, icon or signature",
          LetterFlag.OCR_BUDGET_SPENT, "the letter's OCR time was spent");

  private UnreadImages() {}

  /** "logo.png (shown inline by the HTML)", one per image or scan not read. */
  static List<String> of(Letter letter) {
    return letter.attachments().stream()
        .flatMap(a -> reason(a).map(r -> a.path() + " (" + r + ")").stream())
        .toList();
  }

  private static Optional<String> reason(AttachmentInfo attachment) {
    return REASONS.entrySet().stream()
        .filter(e -> attachment.flags().contains(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
