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
import org.escalationrouter.directory.Executive;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.judge.Evidence;
import org.escalationrouter.judge.Judgement;
import org.escalationrouter.judge.SignalFinding;
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
  private static final OriginalFile ORIGINAL =
      OriginalFile.message("Subject: hi\r\n\r\nhello\r\n".getBytes(StandardCharsets.US_ASCII));
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
      OriginalFile original = ORIGINAL;
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

  @ParameterizedTest
  @MethodSource("texts")
  void aReminderIsTheMailTheOldConcatenationWrote(String text) throws Exception {
    EscalationCase c = escalationCase(text);
    Executive to = executive();
    for (boolean acknowledge : new boolean[] {true, false}) {
      for (Instant due :
          new Instant[] {DUE, null, NOW.plusSeconds(30), NOW.plusSeconds(3 * 86400)}) {
        String what = acknowledge ? "acknowledged" : "resolved";
        String verb = acknowledge ? "acknowledge" : "resolve";
        String timeLeft =
            due == null
                ? ""
                : " Time left: "
                    + YourTime.span(java.time.Duration.between(NOW, due))
                    + "; "
                    + verb
                    + " by "
                    + YourTime.at(due, to)
                    + " your time.";
        String old =
            "Case "
                + c.id()
                + " has not been "
                + what
                + " yet."
                + timeLeft
                + "\n\nOpen the case: "
                + LINK;
        assertSame(
            mail.write(c, to, new CaseLetter.Reminder(acknowledge, due, NOW, LINK), ORIGINAL),
            about(c, MailKind.REMINDER, to, old, ORIGINAL),
            "REMINDER [ESC-7] HIGH: Cancellation fee");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("texts")
  void aBreachIsTheMailTheOldConcatenationWrote(String text) throws Exception {
    EscalationCase c = escalationCase(text);
    Executive to = executive();
    List<CaseEvent> history =
        List.of(
            new CaseEvent(NOW.minusSeconds(7200), CaseEventKind.RECEIVED, "Received in support"),
            new CaseEvent(NOW.minusSeconds(7100), CaseEventKind.FOLLOW_UP_HELD, "[(${m.name})]"));
    for (boolean acknowledge : new boolean[] {true, false}) {
      for (List<CaseEvent> events : List.of(history, List.<CaseEvent>of())) {
        String what = acknowledge ? "acknowledge" : "resolve";
        Instant dueAt = NOW.minusSeconds(7500);
        StringBuilder h = new StringBuilder("History so far:\n");
        events.forEach(
            ev ->
                h.append("  ")
                    .append(ev.at())
                    .append("  ")
                    .append(ev.kind().wireName())
                    .append(": ")
                    .append(ev.detail())
                    .append('\n'));
        h.append("\nWhat the customer wrote:\n\n");
        String t = c.newText() == null ? "" : c.newText();
        t.lines().forEach(l -> h.append("  ").append(l).append('\n'));
        String old =
            "The deadline to "
                + what
                + " case "
                + c.id()
                + " passed "
                + YourTime.span(java.time.Duration.between(dueAt, NOW))
                + " ago ("
                + YourTime.at(dueAt, to)
                + " your time) without an answer. It is escalated to you (level "
                + 2
                + ").\n\nOpen the case: "
                + LINK
                + "\n\n"
                + h;
        assertSame(
            mail.write(
                c, to, new CaseLetter.Breach(acknowledge, dueAt, NOW, 2, LINK, events), ORIGINAL),
            about(c, MailKind.BREACH, to, old, ORIGINAL),
            "BREACH [ESC-7] HIGH: Cancellation fee");
      }
    }
  }

  /** Names of whom a case went to: a person's name is never null. */
  static Stream<String> names() {
    return texts().filter(t -> t != null);
  }

  @ParameterizedTest
  @MethodSource("names")
  void aNoticeToTheOwnerIsTheMailTheOldConcatenationWrote(String name) throws Exception {
    EscalationCase c = escalationCase("text");
    Executive to = executive();
    for (boolean acknowledge : new boolean[] {true, false}) {
      String old =
          "Case "
              + c.id()
              + " was escalated over you to "
              + name
              + " because the deadline to "
              + (acknowledge ? "acknowledge" : "resolve")
              + " passed.";
      assertSame(
          mail.write(c, to, new CaseLetter.Notice(acknowledge, name), ORIGINAL),
          about(c, MailKind.NOTICE, to, old, ORIGINAL),
          "NOTICE [ESC-7] HIGH: Cancellation fee");
    }
  }

  @ParameterizedTest
  @MethodSource("texts")
  void aFailoverIsTheMailTheOldConcatenationWrote(String text) throws Exception {
    EscalationCase c = escalationCase(text);
    Executive to = executive();
    String note =
        new TimelineEntry.HandedOver("Jan Kowalski", "cannot be reached (mailbox full)", c.id())
            .detail();
    String old =
        note + "\n\nWhat the customer wrote:\n\n" + (c.newText() == null ? "" : c.newText());
    for (OriginalFile original : new OriginalFile[] {ORIGINAL, null}) {
      assertSame(
          mail.write(c, to, new CaseLetter.Failover(note), original),
          about(c, MailKind.FAILOVER, to, old, original),
          "FAILOVER [ESC-7] HIGH: Cancellation fee");
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void anUntrustedReplyNoticeIsTheMailTheOldConcatenationWrote(String reason) throws Exception {
    EscalationCase c = escalationCase("text");
    Executive to = executive();
    String ack = "https://router.example.com/ack/aaa.bbb";
    String resolve = "https://router.example.com/ack/ccc.ddd";
    String old =
        "we received a message about case "
            + c.id()
            + " that says it comes from you, but your mail server did not prove that it"
            + " does ("
            + reason
            + "), so nothing was changed.\n\n"
            + "To acknowledge or resolve the case, open a link and confirm on its page:\n"
            + "  Acknowledge: "
            + ack
            + "\n  Resolve:     "
            + resolve
            + "\n\nIf you did not write to us about this case, someone else did in your"
            + " name.";
    assertSame(
        mail.write(c, to, new CaseLetter.UntrustedReply(reason, ack, resolve), null),
        about(c, MailKind.UNTRUSTED_REPLY, to, old, null),
        "UNTRUSTED-REPLY [ESC-7] HIGH: Cancellation fee");
  }

  /** The old {@code CaseMail.about}: "Dear NAME," and the text, with the case's original. */
  private static EscalationMail.CaseMail about(
      EscalationCase c, MailKind kind, Executive to, String text, OriginalFile original) {
    return new EscalationMail.CaseMail(
        c.id(),
        kind,
        to,
        c.severity().wireName(),
        String.join(",", c.signals().stream().map(Signal::wireName).toList()),
        c.subject() == null ? "" : c.subject(),
        "Dear " + to.name() + ",\n\n" + text + "\n",
        null,
        original);
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
