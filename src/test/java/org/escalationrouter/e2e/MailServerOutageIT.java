package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escalationrouter.testsupport.DovecotAccounts;
import org.escalationrouter.testsupport.TestMailbox;
import org.escalationrouter.testsupport.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail server goes away in the middle of intake, as in a restart: the mailbox's health turns
 * DOWN, the daemon reconnects with backoff once the server is back, health turns UP again, and the
 * mail that arrived during the outage is processed. The first test reaches Dovecot through a relay
 * that it cuts, to watch health go DOWN and UP; the second restarts the real Dovecot.
 */
class MailServerOutageIT {

  @TempDir Path work;

  private static String letter(String id, String subject) {
    return "From: Customer <customer@example.org>\r\nTo: support@example.com\r\nSubject: "
        + subject
        + "\r\nMessage-ID: <"
        + id
        + "-"
        + System.nanoTime()
        + "@example.org>\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\n"
        + "Please forward this letter to the principals of the firm.\r\n";
  }

  @Test
  void healthGoesDownAndUpAndMailFromTheOutageIsProcessed() throws Exception {
    try (DovecotFolder folder = DovecotFolder.create(TestMailbox.SUPPORT, "outage");
        TcpRelay relay = new TcpRelay(TestServices.imapHost(), TestServices.imapPort()).restore()) {
      List<String> args = new ArrayList<>(folder.intakeArgs(0, "support"));
      args.replaceAll(
          a ->
              a.contains("].port=")
                  ? a.substring(0, a.indexOf('=') + 1) + relay.port
                  : a.contains("].host=") ? a.substring(0, a.indexOf('=') + 1) + "127.0.0.1" : a);
      args.add("--escalation.intake.stale-after=4s");
      args.add("--escalation.intake.failures-before-down=2");
      try (Daemon daemon = new Daemon(work).start(args.toArray(String[]::new))) {
        folder.append(List.of(letter("before", "Before the outage")));
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> subjects(daemon), s -> s.contains("Before the outage"));
        assertThat(status(daemon)).isEqualTo("UP");

        relay.cut();
        await().atMost(Duration.ofSeconds(30)).until(() -> status(daemon), "DOWN"::equals);
        // mail keeps arriving at the server while the daemon cannot reach it
        folder.append(
            List.of(letter("during-1", "During the outage 1"), letter("during-2", "During 2")));

        relay.restore();
        await()
            .atMost(Duration.ofSeconds(90))
            .until(
                () -> subjects(daemon),
                s -> s.contains("During the outage 1") && s.contains("During 2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(daemon), "UP"::equals);
        assertThat(subjects(daemon)).hasSize(3);
      }
    }
  }

  @Test
  void realDovecotRestartIsSurvivedAndMailAfterItIsProcessed() throws Exception {
    try (DovecotFolder folder = DovecotFolder.create(TestMailbox.SUPPORT, "restart")) {
      try (Daemon daemon =
          new Daemon(work).start(folder.intakeArgs(0, "support").toArray(String[]::new))) {
        folder.append(List.of(letter("before-restart", "Before the restart")));
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> subjects(daemon), s -> s.contains("Before the restart"));

        DovecotAccounts.onTestServer().restartDovecot();
        folder.append(List.of(letter("after-restart", "After the restart")));

        await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> subjects(daemon), s -> s.contains("After the restart"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(daemon), "UP"::equals);
        assertThat(subjects(daemon)).hasSize(2);
      }
    }
  }

  private static List<String> subjects(Daemon daemon) {
    return daemon.cases().stream().map(c -> String.valueOf(c.get("subject"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static String status(Daemon daemon) {
    Map<String, Object> health;
    try {
      health = daemon.get("/actuator/health");
    } catch (org.springframework.web.client.HttpServerErrorException e) {
      // 503 while DOWN: the body still carries the components
      health = e.getResponseBodyAs(Map.class);
    }
    Map<String, Object> mailboxes =
        (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("mailboxes");
    return String.valueOf(
        ((Map<String, Object>) ((Map<String, Object>) mailboxes.get("components")).get("support"))
            .get("status"));
  }
}
