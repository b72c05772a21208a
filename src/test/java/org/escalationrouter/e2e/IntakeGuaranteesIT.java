package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Flags;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.escalationrouter.testsupport.TestMailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.client.HttpServerErrorException;

/**
 * What the intake promises for messages as real mailboxes hold them: flags are never relied on, the
 * same letter in two mailboxes is one case while a reused Message-ID with another text is not, and
 * malformed mail neither stops the mailbox nor is lost.
 */
class IntakeGuaranteesIT {

  @TempDir static Path work;
  private static DovecotFolder sales;
  private static DovecotFolder support;
  private static DovecotFolder malformed;
  private static Daemon daemon;
  private static final String RUN = Long.toString(System.nanoTime(), 36);

  @BeforeAll
  static void startDaemonOnThreeMailboxes() throws Exception {
    sales = DovecotFolder.create(TestMailbox.SUPPORT, "sales");
    support = DovecotFolder.create(TestMailbox.SUPPORT2, "support");
    malformed = DovecotFolder.create(TestMailbox.SUPPORT, "malformed");
    List<String> args = new ArrayList<>();
    args.addAll(sales.intakeArgs(0, "sales"));
    args.addAll(support.intakeArgs(1, "support"));
    args.addAll(malformed.intakeArgs(2, "malformed"));
    daemon = new Daemon(work).start(args.toArray(String[]::new));
  }

  @AfterAll
  static void stop() throws Exception {
    daemon.close();
    sales.close();
    support.close();
    malformed.close();
  }

  private static String letter(String id, String subject, String trace, String body) {
    return trace
        + "From: Customer <customer@example.org>\r\nTo: support@example.com, sales@example.com\r\n"
        + "Subject: "
        + subject
        + "\r\nMessage-ID: <"
        + id
        + "-"
        + RUN
        + "@example.org>\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\n"
        + body
        + "\r\n";
  }

  private static List<String> subjects() {
    return daemon.cases().stream().map(c -> String.valueOf(c.get("subject"))).toList();
  }

  @Test
  void messageMarkedSeenBeforeTheDaemonSawItIsProcessed() throws Exception {
    support.append(
        List.of(
            letter(
                "seen",
                "Read by a colleague first",
                "",
                "I will take this to the newspapers unless someone senior calls me.")),
        new Flags(Flags.Flag.SEEN));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(IntakeGuaranteesIT::subjects, s -> s.contains("Read by a colleague first"));
  }

  @Test
  void sameLetterInTwoMailboxesIsOneCaseButReusedMessageIdWithOtherTextIsAnother()
      throws Exception {
    String text = "Please forward this letter to the principals of the firm.";
    sales.append(
        List.of(
            letter(
                "both",
                "Sent to two addresses",
                "Received: from mx1.example.com by sales; Thu, 26 Nov 2026 10:00:01 +0000\r\n"
                    + "Delivered-To: sales@example.com\r\n",
                text)));
    support.append(
        List.of(
            letter(
                "both",
                "Sent to two addresses",
                "Received: from mx2.example.com by support; Thu, 26 Nov 2026 10:00:02 +0000\r\n"
                    + "Delivered-To: support@example.com\r\n",
                text)));
    // a broken mailer that numbers its Message-IDs per day: same ID, another letter
    sales.append(
        List.of(
            letter(
                "both",
                "Another letter, same ID",
                "",
                "I am cancelling my contract and will speak to my lawyer.")));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            IntakeGuaranteesIT::subjects,
            s -> s.contains("Another letter, same ID") && s.contains("Sent to two addresses"));
    // both copies must have been read before counting
    await().atMost(Duration.ofSeconds(30)).until(() -> messagesRead("support") >= 1);
    await().atMost(Duration.ofSeconds(30)).until(() -> messagesRead("sales") >= 2);
    assertThat(subjects()).filteredOn("Sent to two addresses"::equals).hasSize(1);
    assertThat(subjects()).filteredOn("Another letter, same ID"::equals).hasSize(1);
  }

  @Test
  void malformedMessagesAreQuarantinedOrProcessedAndTheNextGoodOneIsProcessed() throws Exception {
    List<byte[]> bad =
        List.of(
            brokenBoundary().getBytes(StandardCharsets.UTF_8),
            invalidCharset().getBytes(StandardCharsets.UTF_8),
            ("X-Mailer: nothing else\r\n\r\nPlease forward this to your CEO.\r\n")
                .getBytes(StandardCharsets.UTF_8),
            hugeAttachment(30 * 1024 * 1024));
    for (byte[] raw : bad) {
      malformed.appendBytes(raw);
    }
    malformed.append(
        List.of(
            letter(
                "good-after-bad",
                "Good letter after the bad ones",
                "",
                "Please forward this letter to the principals of the firm.")));

    await()
        .atMost(Duration.ofSeconds(120))
        .until(IntakeGuaranteesIT::subjects, s -> s.contains("Good letter after the bad ones"));
    // every one of the five is accounted for: a case or a quarantined message, none lost
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> accountedFor("malformed"), n -> n == bad.size() + 1);
  }

  @SuppressWarnings("unchecked")
  private static long accountedFor(String mailbox) {
    List<Map<String, Object>> held =
        daemon.api().get().uri(daemon.url("/api/quarantine")).retrieve().body(List.class);
    long quarantined = held.stream().filter(h -> mailbox.equals(h.get("mailbox"))).count();
    long cases =
        daemon.cases().stream()
            .map(c -> daemon.get("/api/cases/" + c.get("id")))
            .filter(c -> mailbox.equals(c.get("mailbox")))
            .count();
    return quarantined + cases;
  }

  @SuppressWarnings("unchecked")
  static long messagesRead(String mailbox) {
    Map<String, Object> health;
    try {
      health = daemon.get("/actuator/health");
    } catch (HttpServerErrorException e) {
      health = e.getResponseBodyAs(Map.class); // 503 when any component is down: still read it
    }
    Map<String, Object> mailboxes =
        (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("mailboxes");
    Map<String, Object> one =
        (Map<String, Object>) ((Map<String, Object>) mailboxes.get("components")).get(mailbox);
    return ((Number) ((Map<String, Object>) one.get("details")).get("messagesRead")).longValue();
  }

  private static String brokenBoundary() {
    return "From: a@example.org\r\nSubject: Broken boundary\r\nMessage-ID: <broken-"
        + RUN
        + "@example.org>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"declared\"\r\n\r\n"
        + "--other\r\nContent-Type: text/plain\r\n\r\nI want to speak to your director.\r\n"
        + "--other\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + "JVBERi0xLjQK%%%not-base64\r\n";
  }

  private static String invalidCharset() {
    return "From: b@example.org\r\nSubject: Invalid charset\r\nMessage-ID: <charset-"
        + RUN
        + "@example.org>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=\"x-no-such-charset-42\"\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + "I have written three times =E2=80=94 nobody answers. =ZZ broken escape\r\n";
  }

  private static byte[] hugeAttachment(int bytes) {
    byte[] data = new byte[bytes];
    new Random(42).nextBytes(data);
    String head =
        "From: c@example.org\r\nSubject: Thirty megabytes\r\nMessage-ID: <huge-"
            + RUN
            + "@example.org>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "The photos of the damage are attached. I expect a call from a manager.\r\n"
            + "--b1\r\nContent-Type: application/octet-stream; name=\"photos.bin\"\r\n"
            + "Content-Disposition: attachment; filename=\"photos.bin\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes / 3 * 4 + 4096);
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(Base64.getMimeEncoder().encode(data));
    out.writeBytes("\r\n--b1--\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
