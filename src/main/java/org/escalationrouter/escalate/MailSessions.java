package org.escalationrouter.escalate;

import jakarta.mail.Session;
import java.util.Properties;
import org.escalationrouter.mailauth.MailLogin;

/** Builds Jakarta Mail sessions for sending, with timeouts so a dead server never hangs us. */
final class MailSessions {

  private MailSessions() {}

  /** A session for {@code login}, or for no login at all when it is null. */
  static Session smtp(SmtpSettings smtp, MailLogin login) {
    Properties p = new Properties();
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", String.valueOf(smtp.port()));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "30000");
    p.put("mail.smtp.writetimeout", "30000");
    p.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
    p.put("mail.smtp.starttls.required", String.valueOf(smtp.starttls()));
    p.put("mail.smtp.auth", String.valueOf(login != null));
    if (login != null) {
      login.configure(p, "smtp", smtp.port());
    }
    return Session.getInstance(p);
  }
}
