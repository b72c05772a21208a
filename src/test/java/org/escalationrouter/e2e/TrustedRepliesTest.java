package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies by e-mail act for an executive only when the operator's trusted mail server proved the
 * sender: a forged From with failed DKIM and SPF, or an out-of-office answer from a stranger
 * quoting our Message-ID, changes nothing, is recorded as untrusted, and the executive is told once
 * to use a link. The escalation's Message-ID never shows in the timeline.
 */
class TrustedRepliesTest {

  @TempDir Path work;

  @Test
  void forgedRepliesChangeNothingAndAProvenReplyAcknowledges() throws Exception {
    try (Daemon daemon =
        new Daemon(work)
            .start(
                "--escalation.replies.accept-unauthenticated=false",
                "--escalation.replies.trusted-hosts=mx.test")) {
      daemon.send(
          "kim@example.com",
          "support@localhost",
          "Complaint",
          "Please forward this letter to the principals of the firm.",
          "<trust-1@example.com>");
      MimeMessage escalation = inbox(daemon, "ceo", 1).get(0);
      String caseId = escalation.getHeader("X-Escalation-Case", null);
      String ourId = escalation.getMessageID();

      send(daemon, reply("ceo@localhost", ourId, "mx.test; dkim=fail; spf=fail", "resolved", 1));
      send(daemon, outOfOffice("stranger@evil.example", ourId, 2));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> daemon.timeline(caseId).contains("An automatic reply in the name of"));
      assertThat(daemon.status(caseId)).isEqualTo("open");
      assertThat(daemon.timeline(caseId))
          .contains("A reply in the name of Margaret Hale was not acted on")
          .contains("An automatic reply in the name of Margaret Hale was not acted on")
          .doesNotContain("failover");

      // the executive is told once, at the address we know, with links to use instead
      List<MimeMessage> ceo = inbox(daemon, "ceo", 2);
      assertThat(ceo).hasSize(2);
      assertThat(ceo.get(1).getSubject()).startsWith("UNTRUSTED-REPLY [" + caseId + "]");
      assertThat(
              String.valueOf(
                  ((jakarta.mail.Multipart) ceo.get(1).getContent()).getBodyPart(0).getContent()))
          .contains("/ack/");
      assertThat(MailFixtures.inbox(daemon.imapPort, "chief-of-staff", "chief-of-staff")).isEmpty();

      // a proven reply acknowledges; another host's header beside the trusted one is ignored
      send(
          daemon,
          reply("ceo@localhost", ourId, "mx.test; dkim=pass header.d=localhost", "On it.", 3)
              .replace(
                  "Authentication-Results:",
                  "Authentication-Results: mx.evil; dkim=pass\r\nAuthentication-Results:"));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> daemon.status(caseId), "acknowledged"::equals);
      assertThat(daemon.timeline(caseId)).contains("Acknowledged by ceo by reply");
      assertThat(inbox(daemon, "ceo", 2)).hasSize(2);
      assertThat(daemon.timeline(caseId))
          .doesNotContain(ourId)
          .doesNotContain(ourId.replaceAll("[<>]", ""));
    }
  }

  private static String reply(String from, String inReplyTo, String auth, String text, int n) {
    return "Authentication-Results: "
        + auth
        + "\r\nFrom: "
        + from
        + "\r\nTo: support@localhost\r\nSubject: Re: your escalation\r\nIn-Reply-To: "
        + inReplyTo
        + "\r\nReferences: "
        + inReplyTo
        + "\r\nMessage-ID: <trust-reply-"
        + n
        + "@example.net>\r\n\r\n"
        + text
        + "\r\n";
  }

  private static String outOfOffice(String from, String inReplyTo, int n) {
    return "From: "
        + from
        + "\r\nTo: support@localhost\r\nSubject: Automatic reply: out of office\r\n"
        + "Auto-Submitted: auto-replied\r\nIn-Reply-To: "
        + inReplyTo
        + "\r\nMessage-ID: <trust-ooo-"
        + n
        + "@example.net>\r\n\r\nI am out of the office until Monday.\r\n";
  }

  private static void send(Daemon daemon, String raw) throws Exception {
    MailFixtures.sendRaw(
        daemon.smtpPort,
        "someone@example.net",
        "support@localhost",
        raw.getBytes(StandardCharsets.UTF_8));
  }

  private static List<MimeMessage> inbox(Daemon daemon, String user, int atLeast) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> MailFixtures.inbox(daemon.imapPort, user, user), l -> l.size() >= atLeast);
  }
}
