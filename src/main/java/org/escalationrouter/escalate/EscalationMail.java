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
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.facts.Signal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail an executive receives: a short summary of who wrote and why it reached them,
 * the deadline in their own time, the case and action links, the evidence, the customer's words,
 * and the original: attached up to {@code escalation.smtp.attach-original-max-size}, linked above.
 * The escalation comes as HTML and plain text from the templates in {@code escalate/}; the later
 * letters about a case ({@link CaseLetter}) as plain text from their kind's template there.
 */
@Component
public class EscalationMail {

  private static final Session SESSION = Session.getInstance(new Properties());

  private final SmtpSettings smtp;
  private final String baseUrl;
  private final MailTemplates templates = new MailTemplates();

  EscalationMail(
      @Value("${escalation.web.base-url:http://localhost:8080}") String baseUrl,
      SmtpSettings smtp) {
    this.smtp = smtp;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  public OutgoingMail compose(EscalationNotice n) {
    String subject = n.subject() == null ? "" : n.subject();
    EscalationView view =
        EscalationView.of(
            n,
            n.caseId() + " " + subject,
            attaches(n.original()),
            linked(n.original()) ? OriginalLink.of(baseUrl, n.caseId(), n.original()) : null);
    return write(
        new CaseMail(
            n.caseId(),
            n.kind(),
            n.executive(),
            n.judgement().severity().wireName(),
            n.judgement().signalNames(),
            subject,
            templates.text("escalation", view),
            templates.html("escalation", view),
            n.original()));
  }

  /**
   * A letter about a stored case (every kind but the escalation), in the words of its kind's
   * template, {@code escalate/WIRE-NAME.txt}. It carries the case's severity and signals, a
   * follow-up those of the merged judgement.
   *
   * @param original the e-mail or file the case came from, attached or linked; null for none
   */
  public OutgoingMail write(
      EscalationCase c, Executive to, CaseLetter letter, OriginalFile original) {
    String severity = c.severity().wireName();
    String signals = c.signals().stream().map(Signal::wireName).collect(Collectors.joining(","));
    if (letter instanceof CaseLetter.FollowUp f) {
      severity = f.merged().severity().wireName();
      signals = f.merged().signalNames();
    }
    return write(
        new CaseMail(
            c.id(),
            letter.kind(),
            to,
            severity,
            signals,
            c.subject() == null ? "" : c.subject(),
            templates.text(letter.kind().wireName(), LetterView.of(c, to, letter)),
            null,
            original));
  }

  /**
   * A message about a case that an executive receives: the first escalation, a reminder, a breach
   * hand-over or a fail-over.
   *
   * @param html the HTML alternative of {@code body}, or null for plain text only
   * @param original the e-mail or file the case came from, attached; null for none
   */
  record CaseMail(
      String caseId,
      MailKind kind,
      Executive to,
      String severity,
      String signals,
      String subject,
      String body,
      String html,
      OriginalFile original) {}

  OutgoingMail write(CaseMail c) {
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
      String prefix = c.kind().subjectPrefix();
      m.setSubject(
          prefix + "[" + c.caseId() + "] " + c.severity().toUpperCase() + ": " + c.subject(),
          "UTF-8");
      m.setSentDate(new Date());
      m.setHeader("X-Escalation-Case", c.caseId());
      m.setHeader("X-Escalation-Severity", c.severity());
      m.setHeader("X-Escalation-Signals", c.signals());
      m.setHeader("X-Escalation-Kind", c.kind().wireName());
      m.setHeader("Auto-Submitted", "auto-generated");
      m.setHeader("X-Auto-Response-Suppress", "All");

      MimeMultipart mixed = new MimeMultipart("mixed");
      mixed.addBodyPart(body(withLink(c)));
      if (attaches(c.original())) {
        attachOriginal(mixed, c.original());
      }
      m.setContent(mixed);
      m.saveChanges();
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      m.writeTo(raw);
      String bounceTo = withToken(smtp.bounceAddress(), c.caseId().toLowerCase() + "." + token);
      return new OutgoingMail(
          c.caseId(), c.kind(), c.to().email(), messageId, bounceTo, raw.toByteArray());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(
          "cannot compose the " + c.kind().wireName() + " of " + c.caseId(), e);
    }
  }

  /** Small originals travel with the mail; a large one would make it too big to deliver. */
  private boolean attaches(OriginalFile original) {
    return original != null
        && !original.isEmpty()
        && original.size() <= smtp.attachOriginalMaxSize().toBytes();
  }

  private boolean linked(OriginalFile original) {
    return original != null && !original.isEmpty() && !attaches(original);
  }

  /**
   * A plain letter (reminder, hand-over, follow-up) whose original is too large to attach gets the
   * download link as its last line; the escalation's templates write it themselves.
   */
  private CaseMail withLink(CaseMail c) {
    if (c.html() != null || !linked(c.original())) {
      return c;
    }
    OriginalLink link = OriginalLink.of(baseUrl, c.caseId(), c.original());
    return new CaseMail(
        c.caseId(),
        c.kind(),
        c.to(),
        c.severity(),
        c.signals(),
        c.subject(),
        c.body() + "\n" + link.sentence() + "\n",
        null,
        c.original());
  }

  /** The text, or text and HTML as alternatives (the text first, as RFC 2046 asks). */
  private static MimeBodyPart body(CaseMail c) throws MessagingException {
    MimeBodyPart body = new MimeBodyPart();
    if (c.html() == null) {
      body.setText(c.body(), "UTF-8");
      return body;
    }
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(c.body(), "UTF-8");
    alternative.addBodyPart(text);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(c.html(), "UTF-8", "html");
    alternative.addBodyPart(html);
    body.setContent(alternative);
    return body;
  }

  /** The e-mail as received, or the dropped letter's own file with its name and type. */
  private static void attachOriginal(MimeMultipart mixed, OriginalFile original)
      throws MessagingException {
    if (original == null || original.isEmpty()) {
      return;
    }
    MimeBodyPart part = new MimeBodyPart();
    String type =
        original.isMessage() && manyBoundaries(original.bytes())
            ? "application/octet-stream"
            : original.mediaType();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(original.bytes(), type)));
    part.setFileName(original.name());
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    mixed.addBodyPart(part);
  }

  /** More multipart boundaries than any real message has: 200, as the parser's part limit. */
  private static final int MAX_BOUNDARIES = 200;

  private static final java.util.regex.Pattern BOUNDARY =
      java.util.regex.Pattern.compile("boundary", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A message nested thousands of parts deep, attached as message/rfc822, is parsed again by every
   * server and client it passes (the built-in demo server spent its heap on one and stalled the
   * mail of other cases); attached as plain bytes it is still the original, opened on demand.
   */
  static boolean manyBoundaries(byte[] raw) {
    return BOUNDARY
            .matcher(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1))
            .results()
            .limit(MAX_BOUNDARIES + 1L)
            .count()
        > MAX_BOUNDARIES;
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
