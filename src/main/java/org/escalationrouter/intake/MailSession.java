package org.escalationrouter.intake;

import jakarta.mail.Session;
import java.util.Properties;

/** Sessions for reading mailboxes, with timeouts so a silent server never stalls intake. */
final class MailSession {

  private MailSession() {}

  static Session forStore(IntakeSettings.Mailbox mailbox) {
    return forStore(mailbox, 60_000);
  }

  /** A session whose reads wait up to {@code readTimeoutMillis}: longer for an IDLE connection. */
  static Session forStore(IntakeSettings.Mailbox mailbox, long readTimeoutMillis) {
    String protocol = mailbox.protocol();
    Properties p = new Properties();
    p.put("mail.store.protocol", protocol);
    p.put("mail." + protocol + ".connectiontimeout", "10000");
    p.put("mail." + protocol + ".timeout", String.valueOf(readTimeoutMillis));
    p.put("mail." + protocol + ".writetimeout", "30000");
    if (protocol.endsWith("s")) {
      p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return Session.getInstance(p);
  }

  static int defaultPort(String protocol) {
    return switch (protocol) {
      case "imaps" -> 993;
      case "pop3" -> 110;
      case "pop3s" -> 995;
      default -> 143;
    };
  }
}
