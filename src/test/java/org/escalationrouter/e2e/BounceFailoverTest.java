package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.escalationrouter.directory.AddressHealth;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.mailserver.EmbeddedMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An escalation that bounces reaches the deputy; automated mail never opens a case and never gets
 * an answer from us.
 */
class BounceFailoverTest {

  @TempDir Path work;

  static String dsn(
      String returnPath, String originalId, String recipient, String action, String status) {
    String b = "dsn-boundary-1";
    return "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n"
        + "To: "
        + returnPath
        + "\r\n"
        + "Subject: Undelivered Mail Returned to Sender\r\n"
        + "Auto-Submitted: auto-replied\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/report; report-type=delivery-status; boundary=\""
        + b
        + "\"\r\n\r\n"
        + "--"
        + b
        + "\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
        + "--"
        + b
        + "\r\nContent-Type: message/delivery-status\r\n\r\n"
        + "Reporting-MTA: dns; mx.example.net\r\n\r\n"
        + "Final-Recipient: rfc822; "
        + recipient
        + "\r\n"
        + "Action: "
        + action
        + "\r\nStatus: "
        + status
        + "\r\n"
        + "Diagnostic-Code: smtp; 550 5.1.1 <"
        + recipient
        + ">: Recipient address rejected: User unknown\r\n\r\n"
        + "--"
        + b
        + "\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + "Message-ID: "
        + originalId
        + "\r\nTo: "
        + recipient
        + "\r\nSubject: escalation\r\n\r\n"
        + "--"
        + b
        + "--\r\n";
  }

  @Test
  void hardBounceOfAnEscalationGoesToTheDeputyOnce() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      MailFixtures.send(
          daemon.smtpPort,
          "lee@example.com",
          "support@localhost",
          "Letter",
          "Please forward this letter to the principals of the firm.",
          "<bounce-1@example.com>");
      MimeMessage escalation =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> MailFixtures.inbox(daemon.imapPort, "ceo", "ceo"), l -> !l.isEmpty())
              .get(0);
      String caseId = escalation.getHeader("X-Escalation-Case", null);
      String returnPath = escalation.getHeader("Return-Path", null).replaceAll("[<>]", "");

      byte[] bounce =
          dsn(returnPath, escalation.getMessageID(), "ceo@localhost", "failed", "5.1.1")
              .getBytes(StandardCharsets.US_ASCII);
      MailFixtures.sendRaw(
          daemon.smtpPort, "MAILER-DAEMON@mx.example.net", "bounces@localhost", bounce);
      // the same bounce twice: still one hand-over
      MailFixtures.sendRaw(
          daemon.smtpPort,
          "MAILER-DAEMON@mx.example.net",
          "bounces@localhost",
          dsn(returnPath, escalation.getMessageID(), "ceo@localhost", "failed", "5.1.1")
              .replace("could not", "really could not")
              .getBytes(StandardCharsets.US_ASCII));

      List<MimeMessage> deputyMail =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> MailFixtures.inbox(daemon.imapPort, "chief-of-staff", "chief-of-staff"),
                  l -> !l.isEmpty());
      assertThat(deputyMail.get(0).getSubject()).startsWith("FAILOVER [" + caseId + "]");
      assertThat(daemon.bean(AddressHealth.class).isFailing("ceo@localhost")).isTrue();
      Map<String, Object> detail = daemon.get("/api/cases/" + caseId);
      assertThat(detail.get("timeline").toString()).contains("failover").contains("userunknown");
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  MailFixtures.inbox(daemon.imapPort, "chief-of-staff", "chief-of-staff").size()
                      == 1);
      assertThat(daemon.cases()).hasSize(1);
    }
  }

  @Test
  void autoRepliesAndBouncesFromStrangersNeverOpenCasesNorGetAnswers() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      String autoReply =
          "From: Robot <robot@example.org>\r\nTo: support@localhost\r\n"
              + "Subject: Out of office: I will cancel my contract\r\nAuto-Submitted: auto-replied\r\n"
              + "Message-ID: <auto-1@example.org>\r\n\r\nI am away until Monday and will contact my attorney.\r\n";
      MailFixtures.sendRaw(
          daemon.smtpPort,
          "robot@example.org",
          "support@localhost",
          autoReply.getBytes(StandardCharsets.US_ASCII));
      MailFixtures.sendRaw(
          daemon.smtpPort,
          "MAILER-DAEMON@mx.example.net",
          "support@localhost",
          dsn(
                  "support@localhost",
                  "<never-sent@example.org>",
                  "someone@example.org",
                  "failed",
                  "5.1.1")
              .getBytes(StandardCharsets.US_ASCII));
      MailFixtures.send(
          daemon.smtpPort,
          "real@example.com",
          "support@localhost",
          "Thanks",
          "Thank you for the quick help.",
          "<human-1@example.com>");

      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, l -> l.size() == 1);
      assertThat(daemon.cases().get(0).get("sender")).isEqualTo("real@example.com");
      // we answered nobody: nothing in the outbox at all (the thank-you is low: recorded only)
      assertThat(daemon.bean(Outbox.class).pendingCount()).isZero();
      for (MimeMessage m :
          daemon.bean(EmbeddedMailServer.class).greenMail().getReceivedMessages()) {
        assertThat(m.getHeader("To", ",")).doesNotContain("robot@").doesNotContain("MAILER-DAEMON");
      }
    }
  }

  @Test
  void delayedTooLongAndOutOfOfficeBothHandTheCaseToTheDeputy() throws Exception {
    try (Daemon daemon = new Daemon(work).start("--escalation.bounce.soft-failover-after=0s")) {
      MailFixtures.send(
          daemon.smtpPort,
          "ana@example.com",
          "support@localhost",
          "Letter",
          "Please forward this letter to the principals of the firm.",
          "<soft-1@example.com>");
      MimeMessage toCeo =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> MailFixtures.inbox(daemon.imapPort, "ceo", "ceo"), l -> !l.isEmpty())
              .get(0);
      String returnPath = toCeo.getHeader("Return-Path", null).replaceAll("[<>]", "");
      MailFixtures.sendRaw(
          daemon.smtpPort,
          "MAILER-DAEMON@mx.example.net",
          "bounces@localhost",
          dsn(returnPath, toCeo.getMessageID(), "ceo@localhost", "delayed", "4.2.2")
              .replace("550 5.1.1", "452 4.2.2")
              .replace("User unknown", "Mailbox full")
              .getBytes(StandardCharsets.US_ASCII));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> MailFixtures.inbox(daemon.imapPort, "chief-of-staff", "chief-of-staff"),
              l -> !l.isEmpty());
      assertThat(daemon.bean(AddressHealth.class).isFailing("ceo@localhost")).isFalse();

      MailFixtures.send(
          daemon.smtpPort,
          "ben@example.com",
          "support@localhost",
          "Fee",
          "I will contact my attorney about this fee.",
          "<ooo-1@example.com>");
      MimeMessage toCoo =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> MailFixtures.inbox(daemon.imapPort, "coo", "coo"), l -> !l.isEmpty())
              .get(0);
      String outOfOffice =
          "From: Ewa Nowak <coo@localhost>\r\nTo: support@localhost\r\n"
              + "Subject: Automatic reply: "
              + toCoo.getSubject()
              + "\r\n"
              + "Auto-Submitted: auto-replied\r\nIn-Reply-To: "
              + toCoo.getMessageID()
              + "\r\n"
              + "Message-ID: <ooo-reply-1@localhost>\r\n\r\nI am out of the office until Monday.\r\n";
      MailFixtures.sendRaw(
          daemon.smtpPort,
          "coo@localhost",
          "support@localhost",
          outOfOffice.getBytes(StandardCharsets.UTF_8));
      List<MimeMessage> legal =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> MailFixtures.inbox(daemon.imapPort, "legal", "legal"), l -> !l.isEmpty());
      assertThat(legal.get(0).getSubject()).startsWith("FAILOVER [");
      assertThat(daemon.cases()).hasSize(2);
    }
  }
}
