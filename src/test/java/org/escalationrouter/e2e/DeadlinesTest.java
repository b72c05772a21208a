package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.escalationrouter.sla.SlaActions;
import org.escalationrouter.sla.SlaTimers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deadlines on a running daemon: a missed deadline hands the case up the chain and tells the owner;
 * an executive acknowledges by replying to the escalation (signed links: {@link SignedLinkTest}).
 */
class DeadlinesTest {

  @TempDir Path work;

  @Test
  void missedDeadlineEscalatesToTheManagerAndReplyAcknowledges() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      MailFixtures.send(
          daemon.smtpPort,
          "sam@example.com",
          "support@localhost",
          "Overcharged",
          "I will contact my attorney about this charge.",
          "<deadline-1@example.com>");
      String caseId = awaitCase(daemon);
      MimeMessage escalation = awaitMail(daemon, "coo", 1).get(0);

      // nobody answers for a long time: fire what is due then (the timers take "now" as given)
      daemon
          .bean(SlaTimers.class)
          .fireDue(Instant.now().plus(Duration.ofDays(30)), 100, daemon.bean(SlaActions.class));
      List<MimeMessage> ceoMail = awaitMail(daemon, "ceo", 1);
      assertThat(ceoMail)
          .anySatisfy(m -> assertThat(m.getSubject()).startsWith("BREACH [" + caseId + "]"));
      awaitMail(daemon, "coo", 3); // the escalation, reminders, and the notice of the breach
      assertThat(daemon.timeline(caseId)).contains("breach");

      // the COO replies to the escalation: acknowledged
      reply(daemon.smtpPort, "coo@localhost", escalation, "Looking into it today.");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> daemon.status(caseId), "acknowledged"::equals);
    }
  }

  private static String awaitCase(Daemon daemon) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(daemon::cases, l -> !l.isEmpty())
        .get(0)
        .get("id")
        .toString();
  }

  private static List<MimeMessage> awaitMail(Daemon daemon, String user, int atLeast) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> MailFixtures.inbox(daemon.imapPort, user, user), l -> l.size() >= atLeast);
  }

  private static void reply(int smtpPort, String from, MimeMessage original, String text)
      throws Exception {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(smtpPort));
    MimeMessage reply = new MimeMessage(Session.getInstance(p));
    reply.setFrom(new InternetAddress(from));
    reply.setRecipients(Message.RecipientType.TO, original.getReplyTo());
    reply.setSubject("Re: " + original.getSubject());
    reply.setHeader("In-Reply-To", original.getMessageID());
    reply.setHeader("References", original.getMessageID());
    reply.setText(text);
    Transport.send(reply);
  }
}
