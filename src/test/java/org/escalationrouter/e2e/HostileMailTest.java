package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail an attacker or an unlucky sender produces, sent to the daemon's embedded mailbox: each ends
 * as a case or in quarantine, never blocks the letters behind it, and the mailbox stays healthy.
 */
class HostileMailTest {

  @TempDir static Path work;
  private static Daemon daemon;

  @BeforeAll
  static void start() {
    daemon = new Daemon(work).start("--escalation.intake.max-message-size=2MB");
  }

  @AfterAll
  static void stop() {
    daemon.close();
  }

  private static void send(String raw) throws Exception {
    MailFixtures.sendRaw(
        daemon.smtpPort,
        "customer@example.org",
        "support@localhost",
        raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String letter(String subject, String messageId, String body) {
    return "From: Customer <customer@example.org>\r\nTo: support@localhost\r\nSubject: "
        + subject
        + "\r\n"
        + (messageId == null ? "" : "Message-ID: " + messageId + "\r\n")
        + "Date: Sat, 5 Dec 2026 08:00:00 +0000\r\n\r\n"
        + body
        + "\r\n";
  }

  /** Sends a plain letter behind the hostile one and waits until it is a case. */
  private static Map<String, Object> letterBehind(String subject) throws Exception {
    send(
        letter(
            subject,
            "<behind-" + subject.hashCode() + "@example.org>",
            "Please forward this letter to the principals of the firm."));
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> caseWithSubject(subject), c -> c != null);
  }

  private static Map<String, Object> caseWithSubject(String subject) {
    return daemon.cases().stream()
        .filter(c -> subject.equals(c.get("subject")))
        .findFirst()
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> supportHealth() {
    Map<String, Object> health = daemon.get("/actuator/health");
    Map<String, Object> components = (Map<String, Object>) health.get("components");
    Map<String, Object> mailboxes = (Map<String, Object>) components.get("mailboxes");
    return (Map<String, Object>)
        ((Map<String, Object>) mailboxes.get("components")).values().iterator().next();
  }

  @Test
  void receivedHeaderOfFiveThousandLinesWithoutMessageIdDoesNotBlockTheMailbox() throws Exception {
    String hostile =
        "Received: from relay0.example.net by mx.example.org;\r\n"
            + "\tvia relay.example.net (hop);\r\n".repeat(5_000)
            + letter("Five thousand hops", null, "Where is my refund?");
    send(hostile);

    letterBehind("Behind the hops");

    List<Map<String, Object>> held =
        daemon.api().get().uri(daemon.url("/api/quarantine")).retrieve().body(List.class);
    boolean accounted =
        caseWithSubject("Five thousand hops") != null
            || held.stream().anyMatch(h -> String.valueOf(h.get("source")).contains("uid"));
    assertThat(accounted).as("the hostile message is a case or quarantined").isTrue();
    assertThat(supportHealth().get("status")).isEqualTo("UP");
  }

  @Test
  void longSubjectSenderAndAttachmentNameAreStoredInFull() throws Exception {
    String subject = "Refund " + "again and again ".repeat(200).strip(); // over 3,000 characters
    String sender = "customer." + "x".repeat(240) + "@" + "long-".repeat(60) + "example.org";
    String attachment = "statement-" + "of-account-".repeat(30) + "2026.txt";
    String raw =
        "From: \"Customer "
            + "Name ".repeat(60)
            + "\" <"
            + sender
            + ">\r\nTo: support@localhost\r\nSubject: "
            + subject
            + "\r\nMessage-ID: <long-1@example.org>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "I will sue you. Forward this to the CEO.\r\n"
            + "--b1\r\nContent-Type: text/plain; name=\""
            + attachment
            + "\"\r\nContent-Disposition: attachment; filename=\""
            + attachment
            + "\"\r\n\r\nI will sue you for the disputed fee.\r\n--b1--\r\n";
    send(raw);

    Map<String, Object> stored =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> caseWithSubject(subject), c -> c != null);
    assertThat(String.valueOf(stored.get("sender"))).contains(sender);
  }

  @Test
  @SuppressWarnings("unchecked")
  void letterHeldForColumnLengthBeforeTheUpgradeBecomesACaseWhenReprocessed() throws Exception {
    String subject = "Held for length " + "word ".repeat(500).strip();
    byte[] raw =
        letter(subject, "<held-long@example.org>", "Please forward this to the principals.")
            .getBytes(StandardCharsets.UTF_8);
    org.springframework.jdbc.core.simple.JdbcClient jdbc =
        daemon.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
    java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
    jdbc.sql(
            "insert into quarantine (mailbox, source, idem_key, reason, raw, status, received_at)"
                + " values ('support', 'INBOX uid 900', 'held-long', ?, ?, 'held', ?)")
        .params("DataIntegrityViolationException: Value too long for column subject", raw, now)
        .update();
    jdbc.sql(
            "insert into processed_message (idem_key, mailbox, outcome, processed_at)"
                + " values ('held-long', 'support', 'quarantined', ?)")
        .param(now)
        .update();
    Object id =
        jdbc.sql("select id from quarantine where idem_key = 'held-long'")
            .query(Long.class)
            .single();

    Map<String, Object> outcome =
        daemon
            .api()
            .post()
            .uri(daemon.url("/api/quarantine/" + id + "/reprocess"))
            .retrieve()
            .body(Map.class);

    assertThat(outcome.get("result")).isEqualTo("CASE");
    assertThat(caseWithSubject(subject)).isNotNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void messageOverTheSizeLimitIsHeldByItsHeadersUnreadAndTheNextIsProcessed() throws Exception {
    String attachment =
        java.util.Base64.getMimeEncoder().encodeToString(new byte[3 * 1024 * 1024]); // 4 MB
    String raw =
        "From: Customer <customer@example.org>\r\nTo: support@localhost\r\n"
            + "Subject: Scans of everything\r\nMessage-ID: <too-large-1@example.org>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nSee the scans.\r\n"
            + "--b\r\nContent-Type: application/octet-stream; name=\"scan.bin\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n"
            + attachment
            + "\r\n--b--\r\n";
    send(raw);

    letterBehind("Behind the large one");

    List<Map<String, Object>> held =
        daemon.api().get().uri(daemon.url("/api/quarantine")).retrieve().body(List.class);
    assertThat(held)
        .anySatisfy(
            h -> assertThat(String.valueOf(h.get("reason"))).startsWith("message too large: "));
    assertThat(caseWithSubject("Scans of everything")).isNull();
    assertThat(supportHealth().get("status")).isEqualTo("UP");
  }

  @Test
  @SuppressWarnings("unchecked")
  void messagesTheServerWouldNotGiveAreHeldOneRowEachAndHaveNothingToReprocess() {
    org.escalationrouter.pipeline.RepeatedFailures holding =
        daemon.bean(org.escalationrouter.pipeline.RepeatedFailures.class);
    for (long uid : new long[] {801, 802}) {
      String source = "INBOX uid " + uid + " (uidvalidity 7)";
      assertThat(
              holding.hold(
                  new org.escalationrouter.pipeline.IncomingMessage(
                      "support",
                      source,
                      source + ".eml",
                      new byte[0],
                      java.time.Instant.now(),
                      false),
                  "FETCH_FAILED: Failed to load IMAP envelope"))
          .isTrue();
    }
    List<Map<String, Object>> held =
        ((List<Map<String, Object>>)
                daemon.api().get().uri(daemon.url("/api/quarantine")).retrieve().body(List.class))
            .stream()
                .filter(h -> String.valueOf(h.get("reason")).startsWith("FETCH_FAILED: "))
                .toList();
    assertThat(held)
        .extracting(h -> h.get("source"))
        .containsExactlyInAnyOrder(
            "INBOX uid 801 (uidvalidity 7)", "INBOX uid 802 (uidvalidity 7)");

    Object id = held.get(0).get("id");
    org.springframework.http.ResponseEntity<String> answer =
        daemon
            .api()
            .post()
            .uri(daemon.url("/api/quarantine/" + id + "/reprocess"))
            .retrieve()
            .onStatus(status -> true, (request, response) -> {})
            .toEntity(String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    assertThat(answer.getBody()).contains("nothing to reprocess");
  }
}
