package org.escalationrouter.parse;

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
  OCR_TEXT
}
