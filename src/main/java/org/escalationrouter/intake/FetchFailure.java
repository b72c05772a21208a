package org.escalationrouter.intake;

import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a message the server will not give (a FETCH answered NO, "Failed to load IMAP envelope")
 * from a connection that failed under it: after the failure the folder is asked a NOOP; when it
 * answers, the failure was the message's alone and the handler accounts for it, otherwise the
 * failure is thrown and the whole pass fails as a lost connection does (nothing is held).
 */
final class FetchFailure {

  private static final Logger log = LoggerFactory.getLogger(FetchFailure.class);

  private FetchFailure() {}

  /**
   * Hands the message to the handler through the size limit; a failure of this message only goes to
   * {@link MailboxReader.Handler#unreadable} under {@code identity}.
   */
  static boolean deliver(
      MessageSizeLimit limit,
      Message message,
      String source,
      String identity,
      MailboxReader.Handler handler,
      Runnable committed)
      throws MessagingException {
    return deliver(limit, message, null, source, identity, handler, committed);
  }

  /** As above, with the message's bytes when they were fetched ahead ({@code null} otherwise). */
  static boolean deliver(
      MessageSizeLimit limit,
      Message message,
      byte[] fetched,
      String source,
      String identity,
      MailboxReader.Handler handler,
      Runnable committed)
      throws MessagingException {
    try {
      return limit.deliver(message, fetched, source, handler, committed);
    } catch (MessagingException e) {
      if (!theMessagesAlone(e, message.getFolder())) {
        throw e;
      }
      log.warn("{} cannot be fetched, the connection is fine: {}", source, e.getMessage());
      return handler.unreadable(identity, e, committed);
    }
  }

  static boolean theMessagesAlone(MessagingException failure, Folder folder) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FolderClosedException || t instanceof StoreClosedException) {
        return false;
      }
    }
    return folder != null && answers(folder);
  }

  /** One NOOP (POP3's isOpen sends one itself); false when the connection is gone. */
  private static boolean answers(Folder folder) {
    try {
      if (folder instanceof IMAPFolder imap) {
        imap.doCommand(
            p -> {
              p.noop();
              return null;
            });
        return true;
      }
      return folder.isOpen();
    } catch (MessagingException | RuntimeException e) {
      return false;
    }
  }
}
