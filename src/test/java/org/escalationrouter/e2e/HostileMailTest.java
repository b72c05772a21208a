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
    daemon = new Daemon(work).start();
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
}
