package org.escalationrouter.intake;

import jakarta.mail.MessagingException;

/** Reads the messages of one mailbox that have not been processed yet. */
interface MailboxReader extends AutoCloseable {

  /**
   * Takes the messages of one pass, oldest first. A message may still be in work when the next one
   * is handed over; each one's {@code committed} (the reader moving its cursor past it) runs once
   * it is accounted for, on the reader's thread and in the order the messages were handed over.
   */
  interface Handler {
    /** Hears how many new messages the pass is about to hand over. */
    default void found(int count) {}

    /**
     * Called before messages are read, with their sizes as the server reports them, in the order
     * they will be handed over: waits until the first can be taken, and says how many of them, from
     * the first, can be read now and handed over without waiting (0: the pass stopped). By default
     * each message is taken as it comes.
     */
    default int room(long[] sizes) {
      return sizes.length == 0 ? 0 : 1;
    }

    /** Takes a message read whole; false when the pass stops here (an earlier one was not done). */
    boolean accept(byte[] raw, String source, Runnable committed);

    /** Takes a message that was not read, by its headers and the reason; false as above. */
    boolean refuse(byte[] headers, String source, String reason, Runnable committed);

    /**
     * Takes a message the server would not give (its FETCH failed while the connection still
     * answers); {@code source} names it with what tells it apart for good (an IMAP UIDVALIDITY).
     * False as above. By default a failed fetch fails the pass, as a failed connection does.
     */
    default boolean unreadable(String source, MessagingException failure, Runnable committed)
        throws MessagingException {
      throw failure;
    }

    /** Waits until every message handed over is accounted for, or the pass stopped. */
    void finish();
  }

  /** Hands every new message to {@code handler}, oldest first, then finishes it. */
  void readNew(Handler handler) throws MessagingException;

  /** Whether there may be new mail, asked cheaply; true when the reader cannot tell. */
  default boolean hasNew() throws MessagingException {
    return true;
  }

  @Override
  void close();
}
