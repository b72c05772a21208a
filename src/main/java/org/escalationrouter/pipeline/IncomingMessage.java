package org.escalationrouter.pipeline;

import java.time.Instant;

/**
 * A message or letter as it arrived, before anything was made of it.
 *
 * @param mailbox the mailbox's name, or {@code letters} for the drop folder
 * @param source where exactly: {@code INBOX uid 17}, a file name
 * @param fileName a name for the raw bytes, used to tell an .eml from a scanned PDF
 * @param mime true when the bytes are an RFC 822 message
 */
public record IncomingMessage(
    String mailbox, String source, String fileName, byte[] raw, Instant receivedAt, boolean mime) {

  /** Exchange property set to the reason when the pipeline quarantined the message. */
  public static final String QUARANTINED = "escalation.quarantined";

  /** The mailbox name of letters dropped into the letters folder. */
  public static final String LETTERS = "letters";

  /** True when the bytes start like an RFC 822 header block. */
  public static boolean looksLikeMime(byte[] raw) {
    int n = Math.min(raw.length, 1024);
    String head = new String(raw, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.matches("(?s)^(?:From [^\\n]*\\n)?[A-Za-z][A-Za-z0-9-]*:[ \\t].*");
  }

  /**
   * How logs name the message at INFO and above. A dropped letter's file name often carries the
   * customer's name ({@code Jan Kowalski complaint.pdf}), so it is named by a short hash of its
   * source instead; {@link #sourceForDebug()} says which file that is, at DEBUG.
   */
  @Override
  public String toString() {
    String where = LETTERS.equals(mailbox) ? "file " + shortHash(source) : source;
    return mailbox + " " + where + " (" + raw.length + " bytes)";
  }

  /** The hash name of {@link #toString()} with the source it stands for: for DEBUG lines only. */
  public String sourceForDebug() {
    return this + " is " + source;
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
