package org.escalationrouter.intake;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/**
 * A message is measured by the size its server reports (IMAP RFC822.SIZE, POP3 LIST) before a byte
 * of it is read. One over the limit is not read: its headers are held in quarantine with the
 * reason, and the message itself stays in the mailbox.
 */
record MessageSizeLimit(long maxBytes) {

  /** Hands the message to the handler, or refuses it unread when it is too large. */
  boolean deliver(Message message, String source, MailboxReader.Handler handler, Runnable committed)
      throws MessagingException {
    return deliver(message, null, source, handler, committed);
  }

  /**
   * As above, with the message's bytes when they were fetched ahead ({@code null} otherwise: they
   * are read here once the handler has room for them).
   */
  boolean deliver(
      Message message,
      byte[] fetched,
      String source,
      MailboxReader.Handler handler,
      Runnable committed)
      throws MessagingException {
    long size = message.getSize();
    if (size > maxBytes) {
      String reason =
          "message too large: "
              + size
              + " bytes, the limit is "
              + maxBytes
              + " (escalation.intake.max-message-size); not read, it stays in the mailbox";
      return handler.refuse(headers(message), source, reason, committed);
    }
    if (fetched != null) {
      return handler.accept(fetched, source, committed);
    }
    if (handler.room(new long[] {size}) == 0) {
      return false; // the pass stopped while this one waited for room
    }
    return handler.accept(ImapReader.bytes(message), source, committed);
  }

  private static byte[] headers(Message message) throws MessagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (message instanceof MimeMessage mime) {
      Enumeration<String> lines = mime.getAllHeaderLines();
      while (lines.hasMoreElements()) {
        out.writeBytes((lines.nextElement() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
