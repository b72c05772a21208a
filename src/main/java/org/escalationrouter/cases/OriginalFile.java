package org.escalationrouter.cases;

/**
 * What reached the router, byte for byte: an e-mail message, or a letter dropped as a file.
 *
 * @param name the file name shown and offered for download
 * @param mediaType the type detected from the content, e.g. {@code application/pdf}
 */
public record OriginalFile(String name, String mediaType, byte[] bytes) {

  public static final String MESSAGE_TYPE = "message/rfc822";

  /** An e-mail message as received. */
  public static OriginalFile message(byte[] raw) {
    return new OriginalFile("original-message.eml", MESSAGE_TYPE, raw);
  }

  public boolean isMessage() {
    return MESSAGE_TYPE.equals(mediaType);
  }

  public long size() {
    return bytes == null ? 0 : bytes.length;
  }

  public boolean isEmpty() {
    return bytes == null || bytes.length == 0;
  }
}
