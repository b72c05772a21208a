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

  /** True when the bytes start like an RFC 822 header block. */
  public static boolean looksLikeMime(byte[] raw) {
    int n = Math.min(raw.length, 1024);
    String head = new String(raw, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.matches("(?s)^(?:From [^\\n]*\\n)?[A-Za-z][A-Za-z0-9-]*:[ \\t].*");
  }

  @Override
  public String toString() {
    return mailbox + " " + source + " (" + raw.length + " bytes)";
  }
}
