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
   * What the reader does with each message: read it, or refuse it unread (too large); {@code found}
   * hears how many new messages a pass is about to read.
   */
  record Handler(Accept accept, Refuse refuse, IntConsumer found) {

    Handler(Accept accept, Refuse refuse) {
      this(accept, refuse, n -> {});
    }

    boolean accept(byte[] raw, String source) {
      return accept.accept(raw, source);
    }

    boolean refuse(byte[] headers, String source, String reason) {
      return refuse.refuse(headers, source, reason);
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
