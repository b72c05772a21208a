package org.escalationrouter.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.util.Properties;

/**
 * Raw mail as a {@link MimeMessage}, read the same way wherever a feature reads one: a session with
 * no settings (nothing here connects anywhere), and the bytes shared rather than copied, so a large
 * body is held once.
 */
public final class MimeMessages {

  private static final Session SESSION = Session.getInstance(new Properties());

  private MimeMessages() {}

  /** The message in {@code raw}; throws when even its header block cannot be read. */
  public static MimeMessage read(byte[] raw) throws MessagingException {
    return new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
  }

  /** A message with no headers and no body, for mail that could not be read at all. */
  public static MimeMessage empty() {
    return new MimeMessage(SESSION);
  }
}
