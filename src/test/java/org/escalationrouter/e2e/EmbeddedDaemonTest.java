package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.escalationrouter.EscalationRouterApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The daemon on its embedded defaults, as a newcomer runs it: a letter sent to support@localhost
 * becomes a case in the API and an escalation in the executive's mailbox, and survives a restart.
 */
class EmbeddedDaemonTest {

  @TempDir Path work;

  @Test
  void letterAskingForThePrincipalsReachesTheCeoAndSurvivesARestart() throws Exception {
    int smtp = MailFixtures.freePort();
    int imap = MailFixtures.freePort();
    int http = MailFixtures.freePort();

    try (ConfigurableApplicationContext daemon = start(smtp, imap, http)) {
      MailFixtures.send(
          smtp,
          "jane@example.com",
          "support@localhost",
          "Disputed cancellation fee",
          "Dear Sir or Madam,\n\nPlease forward this letter to the principals of the firm. "
              + "Nobody has answered me.\n\nJane",
          "<e2e-1@example.com>");

      List<Map<String, Object>> cases =
          await().atMost(Duration.ofSeconds(30)).until(() -> cases(http), list -> !list.isEmpty());
      assertThat(cases).hasSize(1);
      Map<String, Object> escalated = cases.get(0);
      assertThat(escalated.get("id")).asString().startsWith("ESC-");
      assertThat(escalated.get("executive")).isEqualTo("ceo");
      assertThat(escalated.get("signals")).asList().contains("principal-request");

      List<MimeMessage> ceoMail =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> MailFixtures.inbox(imap, "ceo", "ceo"), list -> !list.isEmpty());
      MimeMessage mail = ceoMail.get(0);
      assertThat(mail.getHeader("X-Escalation-Case", null)).isEqualTo(escalated.get("id"));
      assertThat(mail.getHeader("X-Escalation-Severity", null)).isEqualTo("high");
      assertThat(mail.getHeader("X-Escalation-Signals", null)).contains("principal-request");
      assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
      assertThat(mail.getSubject()).contains(escalated.get("id").toString());

      Map<?, ?> detail =
          RestClient.create()
              .get()
              .uri("http://127.0.0.1:" + http + "/api/cases/" + escalated.get("id"))
              .retrieve()
              .body(Map.class);
      assertThat(detail.get("timeline")).asList().hasSizeGreaterThanOrEqualTo(4);
      assertThat(detail.get("evidence")).asList().isNotEmpty();
    }

    try (ConfigurableApplicationContext restarted = start(smtp, imap, http)) {
      assertThat(cases(http)).hasSize(1);
    }
  }

  private ConfigurableApplicationContext start(int smtp, int imap, int http) {
    // command-line arguments, which win over application.properties
    return new SpringApplicationBuilder(EscalationRouterApplication.class)
        .run(
            "--server.port=" + http,
            "--escalation.embedded-mail.smtp-port=" + smtp,
            "--escalation.embedded-mail.imap-port=" + imap,
            "--escalation.smtp.port=" + smtp,
            "--escalation.letters.dir=" + work.resolve("letters"),
            "--spring.datasource.url=jdbc:h2:file:"
                + work.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> cases(int http) {
    return RestClient.create()
        .get()
        .uri("http://127.0.0.1:" + http + "/api/cases")
        .retrieve()
        .body(List.class);
  }
}
