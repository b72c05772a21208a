package org.escalationrouter.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.InputStream;
import java.util.Properties;

/**
 * Raw mail as a {@link MimeMessage}, read the same way wherever a feature reads one: a session that
 * connects nowhere, and the bytes shared rather than copied, so a large body is held once.
 */
public final class MimeMessages {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final Session LENIENT = lenient();

  private MimeMessages() {}

  /** The message in {@code raw}; throws when even its header block cannot be read. */
  public static MimeMessage read(byte[] raw) throws MessagingException {
    return new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
  }

  /**
   * The message in a shared stream (over bytes in memory or a spooled file), read as the parser
   * reads a letter: addresses that break the RFC are accepted rather than refused. Its parts are
   * views of that one copy, not copies of their own.
   */
  public static MimeMessage readLeniently(InputStream shared) throws MessagingException {
    return new MimeMessage(LENIENT, shared);
  }

  /** A message with no headers and no body, for mail that could not be read at all. */
  public static MimeMessage empty() {
    return new MimeMessage(SESSION);
  }

  /**
   * The parser's settings, as it has always set them. Jakarta Mail 2.1 takes {@code address.strict}
   * from the session; the other two it reads from system properties only.
   */
  private static Session lenient() {
    Properties props = new Properties();
    props.setProperty("mail.mime.address.strict", "false");
    props.setProperty("mail.mime.parameters.strict", "false");
    props.setProperty("mail.mime.base64.ignoreerrors", "true");
    return Session.getInstance(props);
  }
}
