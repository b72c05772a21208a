package org.escalationrouter.bounce;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tells mail sent by machines (bounces, auto-replies, bulk) from mail written by people. First
 * version: standard headers only; bounce classification comes with its own work.
 */
@Component
public class AutomatedMailDetector {

  public static AutomatedMailDetector withDefaults() {
    return new AutomatedMailDetector();
  }

  public Optional<AutomatedMail> detect(MimeMessage message) {
    try {
      if (message.isMimeType("multipart/report")) {
        return Optional.of(new AutomatedMail(AutomatedKind.BOUNCE, List.of()));
      }
      String autoSubmitted = header(message, "Auto-Submitted");
      if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
        return Optional.of(new AutomatedMail(AutomatedKind.AUTO_REPLY, List.of()));
      }
      String precedence = header(message, "Precedence");
      if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
        return Optional.of(new AutomatedMail(AutomatedKind.BULK, List.of()));
      }
      return Optional.empty();
    } catch (MessagingException e) {
      return Optional.empty();
    }
  }

  private static String header(MimeMessage message, String name) throws MessagingException {
    String value = message.getHeader(name, ",");
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }
}
