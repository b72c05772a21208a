package org.escalationrouter.intake;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.escalationrouter.mailauth.MailLogin;

/**
 * Reads a POP3 mailbox by UIDL: every message whose UIDL was never processed, left on the server.
 * POP3 sees new mail only on a new session, so each pass connects afresh.
 */
final class Pop3Reader implements MailboxReader {

  private final IntakeSettings.Mailbox mailbox;
  private final MailLogin login;
  private final MailboxCursors cursors;
  private final MessageSizeLimit limit;

  Pop3Reader(
      IntakeSettings.Mailbox mailbox,
      MailLogin login,
      MailboxCursors cursors,
      MessageSizeLimit limit) {
    this.mailbox = mailbox;
    this.login = login;
    this.cursors = cursors;
    this.limit = limit;
  }

  @Override
  public void readNew(Handler handler) throws MessagingException {
    try {
      readOnce(handler);
    } catch (MessagingException e) {
      if (!login.renewAfter(e)) {
        throw e;
      }
      handler.finish(); // what the first pass handed over is accounted for before it is read again
      readOnce(handler); // the cursor makes a second pass skip what the first accepted
    }
  }

  private void readOnce(Handler handler) throws MessagingException {
    Store store = MailSession.forStore(mailbox, login).getStore(mailbox.protocol());
    MailSession.connect(store, mailbox, login);
    try {
      POP3Folder folder = (POP3Folder) store.getFolder("INBOX");
      folder.open(Folder.READ_ONLY);
      try {
        for (Message message : folder.getMessages()) {
          String uidl = folder.getUID(message);
          if (uidl == null || cursors.pop3Seen(mailbox.displayName(), uidl)) {
            continue;
          }
          String source = "pop3 uidl " + uidl;
          Runnable committed = () -> cursors.pop3Done(mailbox.displayName(), uidl);
          if (!FetchFailure.deliver(limit, message, source, source, handler, committed)) {
            break;
          }
        }
        handler.finish(); // before the session closes: the messages stay as they are meanwhile
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }

  @Override
  public void close() {
    // nothing kept open between passes
  }
}
