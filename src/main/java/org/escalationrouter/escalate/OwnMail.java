package org.escalationrouter.escalate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Recognises mail we wrote ourselves when it comes back into a mailbox, whatever happened to its
 * Auto-Submitted header: our {@code X-Escalation-Case} header, a Message-ID of our shape in our
 * domain, our VERP return path, or our From address. Such mail never opens a case.
 */
@Component
public class OwnMail {

  private final SmtpSettings smtp;
  private final Pattern ourMessageId;

  OwnMail(SmtpSettings smtp) {
    this.smtp = smtp;
    this.ourMessageId =
        Pattern.compile(
            "<[a-z0-9-]{1,40}\\.[0-9a-f]{16}@" + Pattern.quote(domainOf(smtp.from())) + ">",
            Pattern.CASE_INSENSITIVE);
  }

  /** Why the message is ours, or empty when it is not. */
  public Optional<String> recognise(MimeMessage m) {
    try {
      if (m.getHeader("X-Escalation-Case") != null) {
        return Optional.of("carries X-Escalation-Case");
      }
      String id = m.getHeader("Message-ID", null);
      if (id != null && ourMessageId.matcher(id.trim()).matches()) {
        return Optional.of("Message-ID of ours");
      }
      if (returnPathIsOurs(m.getHeader("Return-Path", null))) {
        return Optional.of("our return path");
      }
      if (fromIsOurs(m)) {
        return Optional.of("From our own address");
      }
      return Optional.empty();
    } catch (MessagingException e) {
      return Optional.empty();
    }
  }

  /** {@code <bounces+esc-1.abc@host>}: the VERP address our mail is sent with. */
  private boolean returnPathIsOurs(String returnPath) {
    if (returnPath == null) {
      return false;
    }
    String path = returnPath.trim().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
    String bounce = smtp.bounceAddress().toLowerCase(Locale.ROOT);
    int at = bounce.lastIndexOf('@');
    return at > 0
        && path.startsWith(bounce.substring(0, at) + "+")
        && path.endsWith(bounce.substring(at));
  }

  private boolean fromIsOurs(MimeMessage m) throws MessagingException {
    jakarta.mail.Address[] from = m.getFrom();
    return from != null
        && from.length > 0
        && from[0] instanceof InternetAddress a
        && a.getAddress() != null
        && a.getAddress().equalsIgnoreCase(smtp.from().trim());
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "localhost" : address.substring(at + 1).replace(">", "").trim();
  }
}
