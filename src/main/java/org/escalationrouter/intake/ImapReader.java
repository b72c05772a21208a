package org.escalationrouter.intake;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an IMAP folder by UID: every message above the last UID processed, whatever its flags,
 * opened read-only so nothing is marked as read. A new UIDVALIDITY means the server renumbered the
 * folder: it is read again from the start and the idempotency keys prevent duplicates.
 */
final class ImapReader implements MailboxReader {

  private static final Logger log = LoggerFactory.getLogger(ImapReader.class);

  private final IntakeSettings.Mailbox mailbox;
  private final MailboxCursors cursors;
  private final MessageSizeLimit limit;
  private Store store;
  private Folder folder;

  ImapReader(IntakeSettings.Mailbox mailbox, MailboxCursors cursors, MessageSizeLimit limit) {
    this.mailbox = mailbox;
    this.cursors = cursors;
    this.limit = limit;
  }

  @Override
  public int readNew(Handler handler) throws MessagingException {
    open();
    refresh();
    long validity = ((UIDFolder) folder).getUIDValidity();
    MailboxCursors.Cursor cursor =
        cursors
            .find(mailbox.displayName(), mailbox.folder())
            .orElse(new MailboxCursors.Cursor(validity, 0));
    long last = cursor.lastUid();
    if (cursor.uidValidity() != validity) {
      log.warn(
          "Mailbox {} folder {} has a new UIDVALIDITY ({} -> {}): reading it again from the start",
          mailbox.displayName(),
          mailbox.folder(),
          cursor.uidValidity(),
          validity);
      last = 0;
      // recorded at once, so an empty folder (a restarted demo server) is warned about once, not at
      // every pass until mail arrives; a crash here reads from UID 1 again, as it would anyway
      cursors.advance(mailbox.displayName(), mailbox.folder(), validity, 0);
    }
    UIDFolder uids = (UIDFolder) folder;
    int accepted = 0;
    for (Message message : uids.getMessagesByUID(last + 1, UIDFolder.MAXUID)) {
      long uid = uids.getUID(message);
      if (uid <= last) {
        continue; // "n:*" always returns the newest message, even when it is older than n
      }
      if (!limit.deliver(message, mailbox.folder() + " uid " + uid, handler)) {
        break; // not committed: stop here and try again from this message on the next pass
      }
      cursors.advance(mailbox.displayName(), mailbox.folder(), validity, uid);
      last = uid;
      accepted++;
    }
    return accepted;
  }

  private void open() throws MessagingException {
    if (store == null || !store.isConnected()) {
      close();
      store = MailSession.forStore(mailbox).getStore(mailbox.protocol());
      int port =
          mailbox.port() == null ? MailSession.defaultPort(mailbox.protocol()) : mailbox.port();
      store.connect(mailbox.host(), port, mailbox.username(), mailbox.password());
    }
    if (folder == null || !folder.isOpen()) {
      folder = store.getFolder(mailbox.folder());
      folder.open(Folder.READ_ONLY);
    }
  }

  /**
   * A NOOP, so the server reports mail that arrived since the last command on this connection; some
   * servers (GreenMail) do not report it in answer to the UID FETCH alone.
   */
  private void refresh() throws MessagingException {
    if (folder instanceof IMAPFolder imap) {
      imap.doCommand(
          p -> {
            p.noop();
            return null;
          });
    }
  }

  static byte[] bytes(Message message) throws MessagingException {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new MessagingException("cannot read message: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      if (folder != null && folder.isOpen()) {
        folder.close(false);
      }
    } catch (MessagingException | IllegalStateException e) {
      log.debug("closing folder of {}: {}", mailbox.displayName(), e.getMessage());
    }
    try {
      if (store != null) {
        store.close();
      }
    } catch (MessagingException e) {
      log.debug("closing store of {}: {}", mailbox.displayName(), e.getMessage());
    }
    folder = null;
    store = null;
  }
}
