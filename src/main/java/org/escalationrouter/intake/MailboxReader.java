package org.escalationrouter.intake;

import jakarta.mail.MessagingException;

/** Reads the messages of one mailbox that have not been processed yet. */
interface MailboxReader extends AutoCloseable {

  /** Receives one message; returns true when it is committed and may be counted as processed. */
  interface Handler {
    boolean accept(byte[] raw, String source);
  }

  /** Hands every new message to {@code handler}, oldest first; returns how many were accepted. */
  int readNew(Handler handler) throws MessagingException;

  @Override
  void close();
}
