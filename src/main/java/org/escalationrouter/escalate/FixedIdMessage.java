package org.escalationrouter.escalate;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;

/**
 * A message whose Message-ID is set once and kept: Jakarta Mail would otherwise make a new one on
 * every send, and a retried escalation must carry the same ID as the first try.
 */
final class FixedIdMessage extends MimeMessage {

  FixedIdMessage(Session session) {
    super(session);
  }

  FixedIdMessage(Session session, InputStream raw) throws MessagingException {
    super(session, raw);
  }

  @Override
  protected void updateMessageID() {
    // keep the Message-ID header as composed
  }
}
