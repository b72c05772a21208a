package org.escalationrouter.bounce;

import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.escalationrouter.bounce.format.EmailAddress;
import org.escalationrouter.bounce.format.MailView;
import org.springframework.stereotype.Component;

/**
 * Ties a bounce back to what we sent: the Message-ID of the returned original (from its attached
 * message or header part, or the copy quoted in the notice) and the envelope address the bounce was
 * delivered to, which for our outbound mail is the per-message return path.
 */
@Component
public class BounceCorrelation {

  public static BounceCorrelation withDefaults() {
    return new BounceCorrelation();
  }

  /** Message-ID of the original message, without angle brackets. */
  public Optional<String> originalMessageId(MimeMessage bounce) {
    try {
      String value = MailView.of(bounce).returnedHeader("Message-ID").trim();
      if (value.startsWith("<") && value.indexOf('>') > 0) {
        value = value.substring(1, value.indexOf('>'));
      }
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The address the bounce itself was delivered to: our envelope sender of the original. */
  public Optional<String> envelopeRecipient(MimeMessage bounce) {
    try {
      MailView mail = MailView.of(bounce);
      for (String header : new String[] {"X-Original-To", "Delivered-To", "Envelope-To", "To"}) {
        Optional<String> address = EmailAddress.first(mail.header(header));
        if (address.isPresent()) {
          return address;
        }
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
