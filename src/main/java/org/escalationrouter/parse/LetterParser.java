package org.escalationrouter.parse;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns a raw message or dropped file into a {@link Letter}. First version: the text/plain body of
 * an RFC 822 message; attachments, quoting and OCR come with the parsing work.
 */
@Component
public class LetterParser {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final List<String> AUTOMATION_HEADERS =
      List.of(
          "auto-submitted",
          "precedence",
          "x-autoreply",
          "x-autorespond",
          "x-auto-response-suppress",
          "list-id",
          "list-unsubscribe",
          "return-path");

  public static LetterParser withDefaults() {
    return new LetterParser();
  }

  /**
   * Parses a message or letter.
   *
   * @throws LetterParseException when the input cannot be read as a letter at all
   */
  public Letter parse(byte[] raw, String fileName) {
    try {
      MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
      List<TextPart> parts = new ArrayList<>();
      collectText(message, parts);
      return new Letter(envelope(message), message.getSubject(), parts, List.of(), Set.of());
    } catch (MessagingException | IOException e) {
      throw new LetterParseException("cannot read " + fileName + ": " + e.getMessage(), e);
    }
  }

  private static void collectText(Part part, List<TextPart> out)
      throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      out.add(
          new TextPart(TextPart.Kind.NEW_TEXT, "body", String.valueOf(part.getContent()), null));
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collectText(child, out);
      }
    }
  }

  private static Envelope envelope(MimeMessage m) throws MessagingException {
    Map<String, String> automation = new HashMap<>();
    for (String name : AUTOMATION_HEADERS) {
      String value = m.getHeader(name, ",");
      if (value != null) {
        automation.put(name, value);
      }
    }
    return new Envelope(
        first(m.getFrom()),
        first(m.getReplyTo()),
        addresses(m.getRecipients(Message.RecipientType.TO)),
        addresses(m.getRecipients(Message.RecipientType.CC)),
        m.getSentDate() == null ? null : m.getSentDate().toInstant(),
        m.getMessageID(),
        m.getHeader("In-Reply-To", " "),
        m.getHeader("References", " ") == null
            ? List.of()
            : Arrays.asList(m.getHeader("References", " ").trim().split("\\s+")),
        automation);
  }

  private static String first(jakarta.mail.Address[] addresses) {
    List<String> all = addresses(addresses);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<String> addresses(jakarta.mail.Address[] addresses) {
    if (addresses == null) {
      return List.of();
    }
    return Arrays.stream(addresses)
        .map(a -> a instanceof InternetAddress ia ? ia.getAddress() : a.toString())
        .toList();
  }
}
