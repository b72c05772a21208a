package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged daemon is killed with {@code kill -9} after the case is committed and while its
 * webhook post is on the wire (the receiver holds the request unanswered). Started again, it posts
 * once more with the same idempotency key when the dead sender's lease has passed, and the post
 * ends sent: a committed case's webhook is never lost.
 */
class WebhookCrashIT {

  @TempDir Path work;

  @Test
  void aDaemonKilledBetweenCommitAndDeliveryDeliversAfterRestart() throws Exception {
    try (WebhookReceiver hook = new WebhookReceiver().answer("/json", 200).holdFirst("/json")) {
      int smtp = MailFixtures.freePort();
      List<String> args =
          List.of(
              "--escalation.routes.dir=" + routesPostingTo(),
              "--hooks.base=" + hook.base(),
              "--escalation.notify.poll-interval=200ms",
              "--escalation.notify.lease=3s",
              // the embedded demo mail server on ports of its own, kept across the restart
              "--escalation.embedded-mail.smtp-port=" + smtp,
              "--escalation.embedded-mail.imap-port=" + MailFixtures.freePort(),
              "--escalation.smtp.port=" + smtp);
      DaemonProcess daemon = new DaemonProcess(work, args);
      try {
        daemon.start();
        Path inbox = Files.createDirectories(work.resolve("letters/inbox"));
        Path draft = work.resolve("letter.eml");
        Files.writeString(
            draft,
            "From: Jane Doe <jane@example.com>\r\nTo: support@example.com\r\nSubject: Fee\r\n"
                + "Message-ID: <webhook-crash@example.com>\r\n\r\n"
                + "Please forward this letter to the principals of the firm.\r\n");
        Files.move(draft, inbox.resolve("letter.eml"));
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> hook.received("/json").size() == 1);
        daemon.kill(); // the post is on the wire, its answer held back
      } finally {
        daemon.stop();
      }
      hook.release();

      try (DaemonProcess restarted = new DaemonProcess(work, args).start()) {
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> hook.received("/json").size() >= 2);
      } // an orderly stop lets the sender finish the post in flight and record it

      List<WebhookReceiver.Request> posts = hook.received("/json");
      assertThat(posts).hasSize(2);
      assertThat(posts.get(1).idempotencyKey())
          .isNotBlank()
          .isEqualTo(posts.get(0).idempotencyKey());
      assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
      try (Connection db = DriverManager.getConnection(daemon.jdbcUrl(), "sa", "");
          Statement s = db.createStatement()) {
        assertThat(column(s, "select count(*) from escalation_case")).containsExactly("1");
        assertThat(column(s, "select status from webhook_outbox")).containsExactly("sent");
        assertThat(column(s, "select attempts from webhook_outbox")).containsExactly("2");
      }
    }
  }

  private static List<String> column(Statement s, String sql) throws Exception {
    List<String> values = new java.util.ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  /** The shipped routes, with the CEO's rule also posting JSON to the test's hook. */
  private Path routesPostingTo() throws Exception {
    Path routes = WebhookReceiver.shippedRoutesIn(work);
    Path rules = routes.resolve("escalation.camel.yaml");
    String ceo = "                  - to: escalate:ceo?policy=principal\n";
    String text = Files.readString(rules);
    assertThat(text).contains(ceo);
    Files.writeString(
        rules,
        text.replace(
            ceo, "                  - to: \"notify:json?webhook={{hooks.base}}/json\"\n" + ceo));
    return routes;
  }
}
