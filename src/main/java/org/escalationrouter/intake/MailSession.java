package org.escalationrouter.intake;

import jakarta.mail.Session;
import java.util.Properties;
import org.escalationrouter.mailauth.MailLogin;

/** Sessions for reading mailboxes, with timeouts so a silent server never stalls intake. */
final class MailSession {

  private MailSession() {}

  static Session forStore(IntakeSettings.Mailbox mailbox, MailLogin login) {
    return forStore(mailbox, login, 60_000);
  }

  /** A session whose reads wait up to {@code readTimeoutMillis}: longer for an IDLE connection. */
  static Session forStore(IntakeSettings.Mailbox mailbox, MailLogin login, long readTimeoutMillis) {
    String protocol = mailbox.protocol();
    Properties p = new Properties();
    p.put("mail.store.protocol", protocol);
    p.put("mail." + protocol + ".connectiontimeout", "10000");
    p.put("mail." + protocol + ".timeout", String.valueOf(readTimeoutMillis));
    p.put("mail." + protocol + ".writetimeout", "30000");
    if (protocol.endsWith("s")) {
      p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    login.configure(p, protocol, mailbox.port() == null ? defaultPort(protocol) : mailbox.port());
    return Session.getInstance(p);
  }

  /** Connects {@code store} to the mailbox's server, logged in as {@code login} says. */
  static void connect(jakarta.mail.Store store, IntakeSettings.Mailbox mailbox, MailLogin login)
      throws jakarta.mail.MessagingException {
    int port = mailbox.port() == null ? defaultPort(mailbox.protocol()) : mailbox.port();
    login.connect(store, mailbox.host(), port);
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
