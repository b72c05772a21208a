package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Our own escalation forwarded back to the support mailbox without Auto-Submitted: no loop. */
class OwnMailLoopTest {

  @TempDir Path work;

  @Test
  void anEscalationComingBackWithoutAutoSubmittedOpensNoCaseAndSendsNothing() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      daemon.send(
          "kim@example.com",
          "support@localhost",
          "Complaint",
          "I will contact my attorney about this charge.",
          "<own-1@example.com>");
      MimeMessage escalation =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> MailFixtures.inbox(daemon.imapPort, "coo", "coo"), l -> !l.isEmpty())
              .get(0);
      escalation.removeHeader("Auto-Submitted");
      escalation.removeHeader("X-Auto-Response-Suppress");
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      escalation.writeTo(raw);
      MailFixtures.sendRaw(
          daemon.smtpPort, "coo@localhost", "support@localhost", raw.toByteArray());

      JdbcClient jdbc = daemon.bean(JdbcClient.class);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  jdbc.sql("select count(*) from automated_mail where kind = 'own-mail'")
                      .query(Long.class)
                      .single(),
              n -> n == 1);
      assertThat(daemon.cases()).hasSize(1);
      assertThat(jdbc.sql("select count(*) from outbox").query(Long.class).single()).isEqualTo(1);
    }
  }
}
