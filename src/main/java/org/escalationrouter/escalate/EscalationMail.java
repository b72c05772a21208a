package org.escalationrouter.escalate;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.judge.Evidence;
import org.escalationrouter.judge.SignalFinding;
import org.escalationrouter.route.Executive;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail an executive receives: who wrote, what they want, why it was escalated, the
 * evidence, the customer's own words, and the original message attached.
 */
@Component
public class EscalationMail {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final SmtpSettings smtp;

  EscalationMail(SmtpSettings smtp) {
    this.smtp = smtp;
  }

  public OutgoingMail compose(EscalationNotice n) {
    return write(
        new CaseMail(
            n.caseId(),
            n.kind(),
            n.executive(),
            n.judgement().severity().wireName(),
            n.judgement().signalNames(),
            n.subject(),
            summary(n),
            n.original()));
  }

  /**
   * A message about a case that an executive receives: the first escalation, a reminder, a breach
   * hand-over or a fail-over.
   */
  public record CaseMail(
      String caseId,
      String kind,
      Executive to,
      String severity,
      String signals,
      String subject,
      String body,
      byte[] original) {

    /** A letter to {@code to} about a stored case: "Dear NAME," then {@code text}. */
    public static CaseMail about(
        EscalationCase c, String kind, Executive to, String text, byte[] original) {
      return new CaseMail(
          c.id(),
          kind,
          to,
          c.severity(),
          String.join(",", c.signals()),
          c.subject() == null ? "" : c.subject(),
          "Dear " + to.name() + ",\n\n" + text + "\n",
          original);
    }
  }

  public OutgoingMail write(CaseMail c) {
    try {
      String token = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      String domain = domainOf(smtp.from());
      String messageId = "<" + c.caseId().toLowerCase() + "." + token + "@" + domain + ">";
      MimeMessage m = new FixedIdMessage(SESSION);
      m.setHeader("Message-ID", messageId);
      m.setFrom(new InternetAddress(smtp.from(), "Escalation Router"));
      if (smtp.replyTo() != null && !smtp.replyTo().isBlank()) {
        m.setReplyTo(new InternetAddress[] {new InternetAddress(smtp.replyTo())});
      }
      m.setRecipient(
          MimeMessage.RecipientType.TO, new InternetAddress(c.to().email(), c.to().name()));
      String prefix = c.kind().equals("escalation") ? "" : c.kind().toUpperCase() + " ";
      m.setSubject(
          prefix + "[" + c.caseId() + "] " + c.severity().toUpperCase() + ": " + c.subject(),
          "UTF-8");
      m.setSentDate(new Date());
      m.setHeader("X-Escalation-Case", c.caseId());
      m.setHeader("X-Escalation-Severity", c.severity());
      m.setHeader("X-Escalation-Signals", c.signals());
      m.setHeader("X-Escalation-Kind", c.kind());
      m.setHeader("Auto-Submitted", "auto-generated");
      m.setHeader("X-Auto-Response-Suppress", "All");

      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart summary = new MimeBodyPart();
      summary.setText(c.body(), "UTF-8");
      mixed.addBodyPart(summary);
      byte[] originalBytes = c.original();
      if (originalBytes != null && originalBytes.length > 0) {
        MimeBodyPart original = new MimeBodyPart();
        original.setDataHandler(
            new DataHandler(new ByteArrayDataSource(originalBytes, "message/rfc822")));
        original.setFileName("original-message.eml");
        original.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(original);
      }
      m.setContent(mixed);
      m.saveChanges();
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      m.writeTo(raw);
      String bounceTo = withToken(smtp.bounceAddress(), c.caseId().toLowerCase() + "." + token);
      return new OutgoingMail(
          c.caseId(), c.kind(), c.to().email(), messageId, bounceTo, raw.toByteArray());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("cannot compose the " + c.kind() + " of " + c.caseId(), e);
    }
  }

  static String summary(EscalationNotice n) {
    StringBuilder s = new StringBuilder();
    if (n.note() != null) {
      s.append(n.note()).append("\n\n");
    }
    s.append("Dear ").append(n.executive().name()).append(",\n\n");
    s.append("a letter to customer service was escalated to you as ")
        .append(n.judgement().severity().wireName().toUpperCase())
        .append(".\n\n");
    s.append("Case:      ").append(n.caseId()).append('\n');
    s.append("From:      ")
        .append(n.customer() == null ? "(unknown sender)" : n.customer())
        .append('\n');
    s.append("Received:  ").append(WHEN.format(n.receivedAt())).append('\n');
    s.append("Subject:   ").append(n.subject()).append('\n');
    s.append("Severity:  ")
        .append(n.judgement().severity().wireName())
        .append(" (")
        .append(n.judgement().rule())
        .append(")\n");
    s.append("Rule:      ")
        .append(n.decision().rule())
        .append(n.decision().policy() == null ? "" : ", SLA policy " + n.decision().policy())
        .append('\n');
    s.append("\nWhy it was escalated:\n");
    if (n.judgement().findings().isEmpty()) {
      s.append("  (no named signal)\n");
    }
    for (SignalFinding f : n.judgement().findings()) {
      s.append("  - ").append(f.signal().wireName()).append(":");
      for (Evidence e : f.evidence()) {
        s.append(" \"").append(e.phrase()).append("\" (").append(e.location()).append(")");
      }
      s.append('\n');
    }
    s.append("\nWhat the customer wrote:\n\n");
    n.newText().lines().forEach(l -> s.append("  ").append(l).append('\n'));
    s.append("\nReply to this e-mail to acknowledge the case (a line \"resolved\" resolves it)");
    if (n.acknowledgeLink() != null) {
      s.append(", or open a link and confirm on its page:\n  Acknowledge: ")
          .append(n.acknowledgeLink());
      s.append("\n  Resolve:     ").append(n.resolveLink());
    }
    s.append("\nThe original message is attached.\n");
    return s.toString();
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "localhost" : address.substring(at + 1).replace(">", "");
  }

  /** {@code bounces@host} becomes {@code bounces+TOKEN@host}. */
  static String withToken(String address, String token) {
    int at = address.lastIndexOf('@');
    return at < 0 ? address : address.substring(0, at) + "+" + token + address.substring(at);
  }
}
