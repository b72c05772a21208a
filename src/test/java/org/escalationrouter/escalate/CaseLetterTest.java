package org.escalationrouter.escalate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.cases.CaseStatus;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.judge.Evidence;
import org.escalationrouter.judge.Judgement;
import org.escalationrouter.judge.SignalFinding;
import org.escalationrouter.route.Executive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case letter rendered from its template is, byte for byte but for the Message-ID, the date
 * and the MIME boundary, the mail the old string concatenation in {@code pipeline}, {@code
 * deadline} and {@code failover} wrote for the same facts. The old bodies are written out here.
 */
class CaseLetterTest {

  private static final String LINK = "https://router.example.com/cases/ESC-7";
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final Instant DUE = Instant.parse("2026-12-07T15:10:00Z");
  private static final Session SESSION = Session.getInstance(new Properties());

  private final EscalationMail mail = TestMail.writer();

  /** Customer texts a template must pass through untouched. */
  static Stream<String> texts() {
    return Stream.of(
        "Dear Sir,\n\nYou charged a fee I never agreed to.\n\nJane",
        "",
        null,
        "[(${m.name})] [[${m.caseId}]] [# th:if=\"${true}\"]x[/] ${7*7}",
        "line one\r\nline two\rline three\n\n\n  indented\t\u00e9\u201c\u00a0\u200f end  ",
        "\n",
        "x".repeat(5000) + "\n\u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9 \ud83d\ude00");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void aFollowUpIsTheMailTheOldConcatenationWrote(String text) throws Exception {
    EscalationCase c = escalationCase(text);
    Executive to = executive();
    Judgement merged =
        new Judgement(
            Severity.CRITICAL,
            List.of(
                new SignalFinding(
                    Signal.REPEAT_CONTACT, List.of(new Evidence("third time", "body"))),
                new SignalFinding(Signal.LEGAL_THREAT, List.of(new Evidence("lawyer", "body")))),
            "legal");
    String change = "severity raised from high to critical";
    String readable = text == null ? "" : text;
    for (List<CaseEvent> held :
        List.of(
            List.<CaseEvent>of(),
            List.of(heldBack(NOW, "Any news?\n\nKim")),
            List.of(heldBack(NOW, "Any news?"), heldBack(NOW.plusSeconds(60), "x".repeat(500))))) {
      String heldWords =
          held.isEmpty()
              ? ""
              : "\nThey also wrote "
                  + held.size()
                  + (held.size() == 1 ? " message" : " messages")
                  + " since the last notice, not sent to you separately:\n"
                  + held.stream()
                      .map(e -> "  " + e.at() + "  " + e.detail() + "\n")
                      .reduce("", String::concat);
      String old =
          "Dear "
              + to.name()
              + ",\n\nThe customer wrote again on case "
              + c.id()
              + " ("
              + change
              + ").\n\n"
              + "What they wrote now:\n\n"
              + readable
              + "\n"
              + heldWords;
      OriginalFile original = OriginalFile.message("Subject: hi\r\n\r\nhello\r\n".getBytes());
      assertSame(
          mail.write(c, to, new CaseLetter.FollowUp(merged, change, readable, held), original),
          new EscalationMail.CaseMail(
              c.id(),
              MailKind.FOLLOW_UP,
              to,
              merged.severity().wireName(),
              merged.signalNames(),
              c.subject(),
              old,
              null,
              original),
          "FOLLOW-UP [ESC-7] CRITICAL: Cancellation fee");
    }
  }

  @Test
  void theNextFollowUpNoticeSummarisesWhatWasHeldBack() throws Exception {
    OutgoingMail out =
        mail.write(
            escalationCase("text"),
            executive(),
            new CaseLetter.FollowUp(
                new Judgement(Severity.HIGH, List.of(), "r"),
                "severity stays high",
                "Hello again",
                List.of(
                    heldBack(NOW, "Any news?\n\nKim"),
                    heldBack(NOW.plusSeconds(60), "x".repeat(500)))),
            null);
    String text = text(out);
    assertThat(text)
        .contains("They also wrote 2 messages since the last notice")
        .contains("Any news? Kim")
        .contains("x".repeat(200) + " \u2026")
        .doesNotContain("x".repeat(201));
  }

  /** The plain text, the first part of the mixed message. */
  static String text(OutgoingMail out) throws Exception {
    MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(out.raw()));
    return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
  }

  private static CaseEvent heldBack(Instant at, String text) {
    return new CaseEvent(
        at, CaseEventKind.FOLLOW_UP_HELD, new TimelineEntry.FollowUpHeld(text).detail());
  }

  /** The subject, headers and text are the same; the ids, date and boundary are new each time. */
  private void assertSame(OutgoingMail now, EscalationMail.CaseMail before, String subject)
      throws Exception {
    OutgoingMail then = mail.write(before);
    assertThat(now.kind()).isEqualTo(then.kind());
    assertThat(now.recipient()).isEqualTo(then.recipient());
    assertThat(normalised(now.raw())).isEqualTo(normalised(then.raw()));
    MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(now.raw()));
    assertThat(m.getSubject()).isEqualTo(subject);
    assertThat(m.getHeader("X-Escalation-Kind", null)).isEqualTo(before.kind().wireName());
  }

  private static String normalised(byte[] raw) {
    return new String(raw, StandardCharsets.ISO_8859_1)
        .replaceAll("(?m)^(Message-ID|Date): .*\r?\n", "")
        .replaceAll("----=_Part_[0-9_.]+", "BOUNDARY")
        // the header is folded or not by the random boundary's length
        .replaceAll("multipart/mixed;\\s+boundary", "multipart/mixed; boundary");
  }

  static EscalationCase escalationCase(String text) {
    return new EscalationCase(
        "ESC-7",
        "support",
        "<a@b>",
        "jane@example.org",
        "Cancellation fee",
        NOW.minusSeconds(3600),
        Severity.HIGH,
        EnumSet.of(Signal.MONEY_DISPUTE, Signal.CANCELLATION_THREAT),
        "money",
        "coo",
        "default",
        "r1",
        "v1",
        CaseStatus.OPEN,
        "en",
        text);
  }

  static Executive executive() {
    return TestMail.reader("Europe/Warsaw", Locale.forLanguageTag("pl"));
  }
}
