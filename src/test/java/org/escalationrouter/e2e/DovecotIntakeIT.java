package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.escalationrouter.testsupport.DovecotAccounts;
import org.escalationrouter.testsupport.TestMailbox;
import org.escalationrouter.testsupport.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon reading a real Dovecot over IMAP and POP3, as it would a company's mail server. */
class DovecotIntakeIT {

  @TempDir Path work;
  private final DovecotAccounts dovecot = DovecotAccounts.onTestServer();

  @BeforeEach
  void emptyMailboxes() {
    dovecot.deleteAll(TestMailbox.SUPPORT);
    dovecot.deleteAll(TestMailbox.SUPPORT2);
  }

  private static String letter(String messageId, String subject, String body) {
    return "From: Customer <customer@example.org>\r\nTo: support@example.com\r\n"
        + "Subject: "
        + subject
        + "\r\nMessage-ID: "
        + messageId
        + "\r\n"
        + "Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\n"
        + body
        + "\r\n";
  }

  @Test
  void lettersInImapAndPop3MailboxesBecomeCasesAndReachTheExecutive() throws Exception {
    dovecot.append(
        TestMailbox.SUPPORT,
        letter(
            "<dovecot-imap-1@example.org>",
            "Complaint",
            "I want this letter in front of your CEO."));
    dovecot.append(
        TestMailbox.SUPPORT2,
        letter(
            "<dovecot-pop3-1@example.org>",
            "Another",
            "Please forward this to the principals of the firm."));

    try (Daemon daemon =
        new Daemon(work)
            .start(
                "--escalation.intake.mailboxes[0].name=imap-support",
                "--escalation.intake.mailboxes[0].protocol=imap",
                "--escalation.intake.mailboxes[0].host=" + TestServices.imapHost(),
                "--escalation.intake.mailboxes[0].port=" + TestServices.imapPort(),
                "--escalation.intake.mailboxes[0].username=support",
                "--escalation.intake.mailboxes[0].password=support",
                "--escalation.intake.mailboxes[1].name=pop3-support2",
                "--escalation.intake.mailboxes[1].protocol=pop3",
                "--escalation.intake.mailboxes[1].host=" + TestServices.imapHost(),
                "--escalation.intake.mailboxes[1].port=" + TestServices.pop3Port(),
                "--escalation.intake.mailboxes[1].username=support2",
                "--escalation.intake.mailboxes[1].password=support2")) {

      List<Map<String, Object>> cases =
          await().atMost(Duration.ofSeconds(60)).until(daemon::cases, list -> list.size() >= 2);
      assertThat(cases).extracting(c -> c.get("executive")).containsOnly("ceo");

      List<MimeMessage> ceoMail =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> MailFixtures.inbox(daemon.imapPort, "ceo", "ceo"),
                  list -> list.size() >= 2);
      assertThat(ceoMail)
          .allSatisfy(m -> assertThat(m.getHeader("X-Escalation-Case", null)).isNotNull());

      Map<String, Object> health = daemon.get("/actuator/health");
      assertThat(health.toString()).contains("imap-support").contains("pop3-support2");

      // a later message is picked up too, and the earlier ones are not processed again
      dovecot.append(
          TestMailbox.SUPPORT,
          letter(
              "<dovecot-imap-2@example.org>",
              "Third",
              "I will contact my attorney about this fee."));
      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, list -> list.size() == 3);
    }
    // the messages stay on the server: the daemon never deletes or flags them
    assertThat(dovecot.count(TestMailbox.SUPPORT)).isEqualTo(2);
  }
}
