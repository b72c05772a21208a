package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer writing again and again within the hour reaches the executive once. */
class FollowUpCapTest {

  @TempDir Path work;

  @Test
  void threeFollowUpsWithinTheHourMakeOneNotice() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      daemon.send(
          "kim@example.com",
          "support@localhost",
          "Complaint",
          "Please forward this letter to the principals of the firm.",
          "<cap-1@example.com>");
      String caseId =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(daemon::cases, l -> !l.isEmpty())
              .get(0)
              .get("id")
              .toString();
      for (int n = 2; n <= 4; n++) {
        String raw =
            "From: kim@example.com\r\nTo: support@localhost\r\nSubject: Re: Complaint\r\n"
                + "Message-ID: <cap-"
                + n
                + "@example.com>\r\nIn-Reply-To: <cap-1@example.com>\r\n"
                + "References: <cap-1@example.com>\r\n\r\nAny news? This is message "
                + n
                + ".\r\n";
        MailFixtures.sendRaw(
            daemon.smtpPort,
            "kim@example.com",
            "support@localhost",
            raw.getBytes(StandardCharsets.UTF_8));
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> daemon.timeline(caseId).split("follow-up-held", -1).length - 1 == 2);
      assertThat(daemon.cases()).hasSize(1);
      await().atMost(Duration.ofSeconds(30)).until(() -> followUpNotices(daemon), n -> n >= 1);
      assertThat(followUpNotices(daemon)).isEqualTo(1);
      assertThat(daemon.timeline(caseId)).contains("Any news? This is message 4");
    }
  }

  private static long followUpNotices(Daemon daemon) throws Exception {
    return MailFixtures.inbox(daemon.imapPort, "ceo", "ceo").stream()
        .filter(m -> subject(m).startsWith("FOLLOW-UP"))
        .count();
  }

  private static String subject(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
