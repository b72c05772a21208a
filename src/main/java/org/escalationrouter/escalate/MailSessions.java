package org.escalationrouter.escalate;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/** Builds Jakarta Mail sessions for sending, with timeouts so a dead server never hangs us. */
final class MailSessions {

  private MailSessions() {}

  static Session smtp(SmtpSettings smtp) {
    Properties p = new Properties();
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", String.valueOf(smtp.port()));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "30000");
    p.put("mail.smtp.writetimeout", "30000");
    p.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
    p.put("mail.smtp.starttls.required", String.valueOf(smtp.starttls()));
    boolean auth = smtp.username() != null && !smtp.username().isBlank();
    p.put("mail.smtp.auth", String.valueOf(auth));
    if (!auth) {
      return Session.getInstance(p);
    }
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(smtp.username(), smtp.password());
          }
        });
  }
}
