package org.escalationrouter.intake;

import jakarta.mail.MessagingException;
import java.util.function.IntConsumer;

/** Reads the messages of one mailbox that have not been processed yet. */
interface MailboxReader extends AutoCloseable {

  /** Receives one message; returns true when it is committed and may be counted as processed. */
  interface Accept {
    boolean accept(byte[] raw, String source);
  }

  /** Holds a message that was not read, by its headers and the reason; true when committed. */
  interface Refuse {
    boolean refuse(byte[] headers, String source, String reason);
  }

  /**
   * A message the server would not give (its FETCH failed while the connection still answers);
   * {@code source} names it with what tells it apart for good (an IMAP UIDVALIDITY). True when it
   * is accounted for and the reader may move past it; false to stop the pass before it.
   */
  interface Unreadable {
    boolean unreadable(String source, MessagingException failure) throws MessagingException;
  }

  /**
   * What the reader does with each message: read it, refuse it unread (too large), or account for
   * one it could not fetch; {@code found} hears how many new messages a pass is about to read.
   */
  record Handler(Accept accept, Refuse refuse, IntConsumer found, Unreadable unreadable) {

    Handler(Accept accept, Refuse refuse) {
      this(accept, refuse, n -> {});
    }

    /** A failed fetch fails the pass, as a failed connection does. */
    Handler(Accept accept, Refuse refuse, IntConsumer found) {
      this(
          accept,
          refuse,
          found,
          (source, failure) -> {
            throw failure;
          });
    }

    boolean accept(byte[] raw, String source) {
      return accept.accept(raw, source);
    }

    boolean refuse(byte[] headers, String source, String reason) {
      return refuse.refuse(headers, source, reason);
    }

    boolean unreadable(String source, MessagingException failure) throws MessagingException {
      return unreadable.unreadable(source, failure);
    }
  }

  /** Hands every new message to {@code handler}, oldest first; returns how many were accepted. */
  int readNew(Handler handler) throws MessagingException;

  /** Whether there may be new mail, asked cheaply; true when the reader cannot tell. */
  default boolean hasNew() throws MessagingException {
    return true;
  }

  @Override
  void close();
}
