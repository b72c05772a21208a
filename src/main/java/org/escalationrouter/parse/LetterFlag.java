package org.escalationrouter.parse;

import java.util.EnumSet;
import java.util.Set;

/** Something worth knowing about how a letter was read: a limit hit, a part not read. */
public enum LetterFlag {
  NEEDS_OCR,
  ATTACHMENT_TOO_LARGE,
  TEXT_TRUNCATED,
  TOO_DEEPLY_NESTED,
  TOO_MANY_PARTS,
  PARSE_TIMEOUT,
  PARSE_ERROR,
  ENCRYPTED,
  CHARSET_REPAIRED,
  NO_TEXT,
  /** Tika's guard stopped an attachment that expands far beyond its size. */
  SUSPECTED_ZIP_BOMB,
  /**
   * A multipart body whose boundary was missing or did not match: read as plain text, as mail
   * clients show it, with the lines that look like boundaries and part headers left out.
   */
  BOUNDARY_BROKEN,
  /** Text read from an image or image-only PDF by OCR: spelling may be off. */
  OCR_TEXT,
  /**
   * An image below {@code escalation.parse.ocr-policy} size (pixels or bytes) in a letter that has
   * text of its own: a logo, icon or signature picture, listed and not read.
   */
  OCR_SKIPPED_SMALL_IMAGE,
  /**
   * An image the HTML body shows inline ({@code cid:}) in a letter that has text of its own: part
   * of the message's design, listed and not read.
   */
  OCR_SKIPPED_INLINE_IMAGE,
  /** The letter's OCR time was spent before this image or scanned PDF: listed, not read. */
  OCR_BUDGET_SPENT,
  /**
   * An image whose header declares more pixels than {@code escalation.parse.ocr-policy.max-pixels}
   * (a decompression bomb, or a poster-sized scan): listed, not read.
   */
  IMAGE_TOO_LARGE,
  /**
   * A dropped letter with no subject line of its own: the subject shown is its first line of text,
   * which the judge already reads in the letter, so it does not read it a second time as a subject.
   */
  SUBJECT_FROM_TEXT;

  private static final Set<LetterFlag> UNREAD =
      EnumSet.of(
          NEEDS_OCR,
          ATTACHMENT_TOO_LARGE,
          TOO_DEEPLY_NESTED,
          TOO_MANY_PARTS,
          PARSE_TIMEOUT,
          PARSE_ERROR,
          ENCRYPTED,
          SUSPECTED_ZIP_BOMB,
          OCR_BUDGET_SPENT,
          IMAGE_TOO_LARGE,
          TEXT_TRUNCATED);

  /**
   * Whether words the sender wrote may have gone unread: a part that could not be opened, decoded,
   * decrypted or read by OCR, or that lay beyond a limit, the character limit too ({@link
   * #TEXT_TRUNCATED}: a request after a million characters of filler was never judged). An image
   * skipped by the OCR policy is a logo, not a letter.
   */
  public boolean leavesWordsUnread() {
    return UNREAD.contains(this);
  }
}
