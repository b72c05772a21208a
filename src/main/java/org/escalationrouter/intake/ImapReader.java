package org.escalationrouter.intake;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.escalationrouter.mailauth.MailLogin;
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
  private final MailLogin login;
  private final MailboxCursors cursors;
  private final MessageSizeLimit limit;
  private Store store;
  private Folder folder;
  private volatile long readUpTo = -1;
  private boolean lastPassFailed;
  private volatile int fetchedAhead;
  private volatile int aheadCommands;

  ImapReader(
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
    // after a pass that failed, one by one as before: a connection lost under a command for many
    // messages would otherwise lose the messages before the one it was lost at, pass after pass
    boolean fetchAhead = !lastPassFailed;
    lastPassFailed = true; // until this pass ends
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
    Message[] news = above(last, validity);
    handler.found(news.length);
    UIDFolder uidFolder = (UIDFolder) folder; // after above(): it may have opened the folder again
    readUpTo = last;
    long[] uids = new long[news.length];
    for (int i = 0; i < news.length; i++) {
      uids[i] = uidFolder.getUID(news[i]); // known from the UID FETCH that found them
    }
    FetchAhead ahead =
        fetchAhead ? new FetchAhead((IMAPFolder) folder, news, uids, limit.maxBytes()) : null;
    for (int i = 0; i < news.length; i++) {
      Message message = news[i];
      long uid = uids[i];
      String source = mailbox.folder() + " uid " + uid;
      String identity = source + " (uidvalidity " + validity + ")";
      // runs in the message's turn, once it is accounted for: the cursor moves in UID order
      Runnable committed =
          () -> {
            cursors.advance(mailbox.displayName(), mailbox.folder(), validity, uid);
            readUpTo = uid;
          };
      byte[] fetched = ahead == null ? null : ahead.take(i, handler);
      if (!FetchFailure.deliver(limit, message, fetched, source, identity, handler, committed)) {
        break; // not committed: stop here and try again from this message on the next pass
      }
    }
    handler.finish();
    lastPassFailed = false;
    if (ahead != null) {
      fetchedAhead = ahead.taken();
      aheadCommands = ahead.bodyCommands();
      log.debug(
          "Pass of {}: {} of {} messages fetched ahead in {} commands",
          mailbox.displayName(),
          fetchedAhead,
          news.length,
          aheadCommands);
    }
  }

  /** Messages of the last pass whose bytes were fetched ahead, and in how many commands. */
  int[] fetchedAheadInCommands() {
    return new int[] {fetchedAhead, aheadCommands};
  }

  /**
   * The messages above {@code last}, by the UIDs the server lists. When this connection cannot map
   * one of them (its EXISTS never came: GreenMail loses it when mail arrives while it answers a
   * NOOP, and then never sends it), the folder is opened again, which gives the true count. Stops
   * before a message it still cannot see, so the cursor never moves past one.
   */
  private Message[] above(long last, long validity) throws MessagingException {
    long[] listed = ServerUids.above((IMAPFolder) folder, last);
    Message[] found = ((UIDFolder) folder).getMessagesByUID(listed);
    if (Arrays.asList(found).contains(null)) {
      log.info(
          "Mailbox {}: the server lists UIDs {} above {}, but this connection was not told of all"
              + " of them; opening the folder again",
          mailbox.displayName(),
          Arrays.toString(listed),
          last);
      folder.close(false);
      open();
      if (((UIDFolder) folder).getUIDValidity() != validity) {
        return new Message[0]; // renumbered meanwhile: the next pass starts again
      }
      found = ((UIDFolder) folder).getMessagesByUID(listed);
    }
    int visible = 0;
    while (visible < found.length && found[visible] != null) {
      visible++;
    }
    return Arrays.copyOf(found, visible);
  }

  /** One command: are there UIDs above the last one read? (Also true before the first pass.) */
  @Override
  public boolean hasNew() throws MessagingException {
    long last = readUpTo;
    if (last < 0) {
      return true;
    }
    open();
    return ServerUids.above((IMAPFolder) folder, last).length > 0;
  }

  /** The highest UID accounted for by the last pass; negative before the first. */
  long readUpTo() {
    return readUpTo;
  }

  private void open() throws MessagingException {
    if (store == null || !store.isConnected()) {
      close();
      store = MailSession.forStore(mailbox, login).getStore(mailbox.protocol());
      MailSession.connect(store, mailbox, login);
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
      // sized from the server's figure: growing by doubling would hold up to three copies at once
      int size = message.getSize();
      ByteArrayOutputStream out = new ByteArrayOutputStream(size > 0 ? size + 8192 : 32);
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
