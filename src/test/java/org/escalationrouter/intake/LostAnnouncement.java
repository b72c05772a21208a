package org.escalationrouter.intake;

import com.icegreen.greenmail.imap.ImapSessionFolder;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Puts GreenMail's INBOX in the state its race leaves behind (ADR 0007, "The stalled last
 * message"): a message is stored, but the open sessions are never told of it. GreenMail reports new
 * mail to a session by a flag that its NOOP reads, answers with the count, and then clears; a
 * delivery between the count and the clear sets the flag only for it to be cleared, so no EXISTS is
 * ever sent for that message. Here the delivery is done and the flag cleared by hand.
 */
final class LostAnnouncement {

  private LostAnnouncement() {}

  /** Appends a message to {@code user}'s INBOX and clears every session's "new mail" flag. */
  static void deliverUnannounced(GreenMail server, String user, String subject) throws Exception {
    MailFolder inbox =
        server.getManagers().getImapHostManager().getInbox(server.getUserManager().getUser(user));
    inbox.appendMessage(message(subject), new Flags(), new Date());
    for (FolderListener listener : listeners(inbox)) {
      if (listener instanceof ImapSessionFolder session) {
        session.setSizeChanged(false);
      }
    }
  }

  /** Appends a message as any delivery does: every session is told. */
  static void deliver(GreenMail server, String user, String subject) throws Exception {
    server
        .getManagers()
        .getImapHostManager()
        .getInbox(server.getUserManager().getUser(user))
        .appendMessage(message(subject), new Flags(), new Date());
  }

  private static MimeMessage message(String subject) throws Exception {
    byte[] raw =
        ("From: jane@example.org\r\nTo: support@localhost\r\nSubject: "
                + subject
                + "\r\nMessage-ID: <"
                + subject.replace(' ', '-')
                + "@example.org>\r\n\r\nPlease call me.\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
  }

  @SuppressWarnings("unchecked")
  private static List<FolderListener> listeners(MailFolder folder) throws Exception {
    Field f = folder.getClass().getDeclaredField("_mailboxListeners");
    f.setAccessible(true);
    List<FolderListener> listeners = (List<FolderListener>) f.get(folder);
    synchronized (listeners) {
      return List.copyOf(listeners);
    }
  }
}
