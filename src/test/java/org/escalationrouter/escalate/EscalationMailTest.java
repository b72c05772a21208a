package org.escalationrouter.escalate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.judge.Evidence;
import org.escalationrouter.judge.Judgement;
import org.escalationrouter.judge.SignalFinding;
import org.escalationrouter.route.RoutingDecision;
import org.junit.jupiter.api.Test;

/** The escalation e-mail as an executive's mail program shows it, both the HTML and text parts. */
class EscalationMailTest {

  private static final String CASE_LINK = "https://router.example.com/cases/ESC-7";
  private static final String ACK = "https://router.example.com/ack/aaa.bbb";
  private static final String RESOLVE = "https://router.example.com/ack/ccc.ddd";
  // Monday 7 December 2026 12:00 UTC is 13:00 in Warsaw and 12:00 in London
  private static final Instant DUE = Instant.parse("2026-12-07T12:00:00Z");
  private static final String LETTER =
      "Dear Sir or Madam,\n\nYou charged a $149 fee I never agreed to. Please refund it and"
          + " forward this letter to your chief executive.\n\nYours faithfully,\nJane Doe";

  private final EscalationMail mail = TestMail.writer();

  @Test
  void htmlAndTextSayTheDeadlineInTheExecutivesZoneWithTheCaseAndBothActionLinks()
      throws Exception {
    MimeMessage m = composed(executive("Europe/Warsaw", Locale.ENGLISH));

    String text = part(m, "text/plain");
    String html = part(m, "text/html");
    assertThat(text).contains("Acknowledge by Monday 7 December, 13:00 your time (Europe/Warsaw)");
    assertThat(html).contains("Monday 7 December, 13:00").contains("your time");
    for (String body : List.of(text, html)) {
      assertThat(body).contains(CASE_LINK).contains(ACK).contains(RESOLVE);
    }
    assertThat(m.getSubject()).isEqualTo("[ESC-7] HIGH: Cancellation fee");
  }

  @Test
  void datesAreWrittenInTheExecutivesLanguage() throws Exception {
    MimeMessage m = composed(executive("Europe/Warsaw", Locale.forLanguageTag("pl")));

    assertThat(part(m, "text/plain")).contains("poniedziałek 7 grudnia, 13:00");
  }

  @Test
  void aShortHumanSummaryComesFirstWithoutTheRulesJargon() throws Exception {
    String text = part(composed(executive("Europe/London", Locale.ENGLISH)), "text/plain");

    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(0)).isEqualTo("Dear Ewa Nowak,");
    assertThat(lines.get(1))
        .startsWith("Jane Doe (jane@example.org) wrote to customer service on Friday 4 December");
    assertThat(text)
        .contains("They dispute a charge or want money back")
        .contains("They ask: \u201cPlease refund it")
        .contains("It reached you because it was judged urgent")
        .doesNotContain("Rule:", "SLA policy", "principal-request-to-ceo", "(high:");
    // every sentence of the summary starts with a capital letter
    lines.subList(1, 5).forEach(l -> assertThat(l.charAt(0)).isUpperCase());
    // the summary and deadline come before the customer's text
    assertThat(text.indexOf("Acknowledge by")).isLessThan(text.indexOf("Dear Sir or Madam"));
  }

  @Test
  void aSenderKnownOnlyByALowerCaseAddressIsIntroducedSoTheSentenceStartsWithACapital()
      throws Exception {
    String text =
        part(
            composed(executive("Europe/London", Locale.ENGLISH), "jane@example.org"), "text/plain");

    assertThat(text).contains("\nA customer, jane@example.org, wrote to customer service on");
  }

  @Test
  void theStrongestEvidenceLeadsAndIsMarkedInTheCustomersText() throws Exception {
    MimeMessage m = composed(executive("Europe/London", Locale.ENGLISH));
    String text = part(m, "text/plain");
    String html = part(m, "text/html");

    assertThat(text)
        .contains(
            "Money dispute: \u201ccharged a $149 fee I never agreed to\u201d, \u201cfee\u201d");
    assertThat(text).contains("You *charged a $149 fee I never agreed to*.");
    assertThat(html).contains("<mark>charged a $149 fee I never agreed to</mark>");
  }

  @Test
  void theDroppedLetterIsAttachedUnderItsOwnName() throws Exception {
    MimeMessage m = composed(executive("Europe/London", Locale.ENGLISH));

    Part original = attachments(m).get(0);
    assertThat(original.getFileName()).isEqualTo("letter.pdf");
    assertThat(original.isMimeType("application/pdf")).isTrue();
    assertThat(original.getInputStream().readAllBytes()).startsWith("%PDF".getBytes());
    assertThat(part(m, "text/plain")).contains("The original is attached: letter.pdf.");
  }

  @Test
  void aMessageNestedThousandsDeepTravelsAsBytesNotAsAMessageToParse() throws Exception {
    StringBuilder deep = new StringBuilder("Subject: nesting\r\n");
    for (int i = 0; i < 1_000; i++) {
      deep.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b");
      deep.append(i).append("\r\n");
    }
    byte[] raw = deep.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    MimeMessage nested =
        composed(
            executive("Europe/London", Locale.ENGLISH),
            "jane@example.org",
            OriginalFile.message(raw));
    MimeMessage plain =
        composed(
            executive("Europe/London", Locale.ENGLISH),
            "jane@example.org",
            OriginalFile.message("Subject: hi\r\n\r\nPlease refund me.\r\n".getBytes()));

    Part deepOriginal = attachments(nested).get(0);
    assertThat(deepOriginal.isMimeType("application/octet-stream")).isTrue();
    assertThat(deepOriginal.getFileName()).isEqualTo("original-message.eml");
    assertThat(deepOriginal.getInputStream().readAllBytes()).isEqualTo(raw);
    assertThat(attachments(plain).get(0).isMimeType("message/rfc822")).isTrue();
  }

  @Test
  void anOriginalOverTheLimitIsLinkedNotAttached() throws Exception {
    byte[] scan = new byte[6 * 1024 * 1024]; // over the default 5 MB
    MimeMessage m =
        composed(
            executive("Europe/London", Locale.ENGLISH),
            "Jane Doe <jane@example.org>",
            new OriginalFile("scan.pdf", "application/pdf", scan));

    assertThat(attachments(m)).isEmpty();
    assertThat(part(m, "text/plain"))
        .contains("The original (scan.pdf, 6.0 MB) is too large to attach")
        .contains("https://router.example.com/cases/ESC-7/original")
        .doesNotContain("The original is attached");
    assertThat(part(m, "text/html"))
        .contains("href=\"https://router.example.com/cases/ESC-7/original\"");
  }

  @Test
  void aPlainLetterAboutACaseLinksALargeOriginalOnItsLastLine() throws Exception {
    OriginalFile large = OriginalFile.message(new byte[6 * 1024 * 1024]);
    OutgoingMail out =
        mail.write(
            new EscalationMail.CaseMail(
                "ESC-7",
                MailKind.REMINDER,
                executive("Europe/London", Locale.ENGLISH),
                "high",
                "money-dispute",
                "Cancellation fee",
                "Dear Ewa Nowak,\n\nA reminder.\n",
                null,
                large));
    MimeMessage m =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.raw()));

    assertThat(attachments(m)).isEmpty();
    assertThat(out.raw().length).isLessThan(100_000);
    assertThat(part(m, "text/plain"))
        .contains("download it from the case (login required):")
        .contains("/cases/ESC-7/original");
  }

  private MimeMessage composed(Executive to) throws Exception {
    return composed(to, "Jane Doe <jane@example.org>");
  }

  private MimeMessage composed(Executive to, String customer) throws Exception {
    return composed(
        to,
        customer,
        new OriginalFile(
            "letter.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8)));
  }

  private MimeMessage composed(Executive to, String customer, OriginalFile original)
      throws Exception {
    Judgement judgement =
        new Judgement(
            Severity.HIGH,
            List.of(
                new SignalFinding(
                    Signal.MONEY_DISPUTE,
                    List.of(
                        new Evidence("fee", "subject"),
                        new Evidence("charged a $149 fee I never agreed to", "body")))),
            "high: money-dispute");
    EscalationNotice notice =
        new EscalationNotice(
            "ESC-7",
            MailKind.ESCALATION,
            to,
            customer,
            "support",
            "Cancellation fee",
            Instant.parse("2026-12-04T09:30:00Z"),
            judgement,
            new RoutingDecision("coo", "principal", "principal-request-to-ceo", null, "abc"),
            LETTER,
            original,
            null,
            DUE,
            DUE.plusSeconds(86_400),
            CASE_LINK,
            ACK,
            RESOLVE);
    OutgoingMail out = mail.compose(notice);
    return new MimeMessage(
        Session.getInstance(new Properties()), new ByteArrayInputStream(out.raw()));
  }

  private static Executive executive(String zone, Locale locale) {
    return TestMail.reader(zone, locale);
  }

  static String part(Part p, String type) throws Exception {
    if (p.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
      return (String) p.getContent();
    }
    if (p.isMimeType("multipart/*")) {
      Multipart multi = (Multipart) p.getContent();
      for (int i = 0; i < multi.getCount(); i++) {
        String found = part(multi.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static List<Part> attachments(MimeMessage m) throws Exception {
    List<Part> found = new ArrayList<>();
    Multipart mixed = (Multipart) m.getContent();
    for (int i = 0; i < mixed.getCount(); i++) {
      BodyPart b = mixed.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(b.getDisposition())) {
        found.add(b);
      }
    }
    return found;
  }
}
