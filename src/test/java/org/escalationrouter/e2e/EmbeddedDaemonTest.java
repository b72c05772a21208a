package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon on its embedded defaults, as a newcomer runs it: a letter sent to support@localhost
 * becomes a case in the API and an escalation in the executive's mailbox, and survives a restart.
 */
class EmbeddedDaemonTest {

  @TempDir Path work;

  @Test
  void letterAskingForThePrincipalsReachesTheCeoAndSurvivesARestart() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      MailFixtures.send(
          daemon.smtpPort,
          "jane@example.com",
          "support@localhost",
          "Disputed cancellation fee",
          "Dear Sir or Madam,\n\nPlease forward this letter to the principals of the firm. "
              + "Nobody has answered me.\n\nJane",
          "<e2e-1@example.com>");

      List<Map<String, Object>> cases =
          await().atMost(Duration.ofSeconds(30)).until(daemon::cases, list -> !list.isEmpty());
      assertThat(cases).hasSize(1);
      Map<String, Object> escalated = cases.get(0);
      assertThat(escalated.get("id")).asString().startsWith("ESC-");
      assertThat(escalated.get("executive")).isEqualTo("ceo");
      assertThat(escalated.get("signals")).asList().contains("principal-request");

      List<MimeMessage> ceoMail =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> MailFixtures.inbox(daemon.imapPort, "ceo", "ceo"), list -> !list.isEmpty());
      MimeMessage mail = ceoMail.get(0);
      assertThat(mail.getHeader("X-Escalation-Case", null)).isEqualTo(escalated.get("id"));
      assertThat(mail.getHeader("X-Escalation-Severity", null)).isEqualTo("high");
      assertThat(mail.getHeader("X-Escalation-Signals", null)).contains("principal-request");
      assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
      assertThat(mail.getSubject()).contains(escalated.get("id").toString());

      Map<String, Object> detail = daemon.get("/api/cases/" + escalated.get("id"));
      assertThat(detail.get("timeline")).asList().hasSizeGreaterThanOrEqualTo(4);
      assertThat(detail.get("evidence")).asList().isNotEmpty();
    }

    try (Daemon restarted = new Daemon(work).start()) {
      assertThat(restarted.cases()).hasSize(1);
    }
  }
}
