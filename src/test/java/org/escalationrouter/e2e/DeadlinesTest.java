package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.sla.SlaActions;
import org.escalationrouter.sla.SlaTimers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deadlines on a running daemon: a missed deadline hands the case up the chain and tells the owner;
 * an executive acknowledges by replying to the escalation or by its signed link.
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
      assertThat(timeline(daemon, caseId)).contains("breach");

      // the COO replies to the escalation: acknowledged
      reply(daemon.smtpPort, "coo@localhost", escalation, "Looking into it today.");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> status(daemon, caseId), "acknowledged"::equals);
    }
  }

  @Test
  void signedLinkResolvesAndAForgedOneChangesNothing() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      MailFixtures.send(
          daemon.smtpPort,
          "kim@example.com",
          "support@localhost",
          "Complaint",
          "Please forward this letter to the principals of the firm.",
          "<deadline-2@example.com>");
      String caseId = awaitCase(daemon);
      String body = text(awaitMail(daemon, "ceo", 1).get(0));
      Matcher resolve = Pattern.compile("Resolve: +(\\S+)").matcher(body);
      assertThat(resolve.find()).as(body).isTrue();
      String link =
          resolve.group(1).replace("http://localhost:8080", "http://127.0.0.1:" + daemon.httpPort);

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> forged =
          http.send(
              HttpRequest.newBuilder(URI.create(link + "x")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isIn(400, 403);
      assertThat(status(daemon, caseId)).isEqualTo("open");

      HttpResponse<String> valid =
          http.send(
              HttpRequest.newBuilder(URI.create(link)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(valid.statusCode()).isEqualTo(200);
      assertThat(status(daemon, caseId)).isEqualTo("resolved");
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

  private static String status(Daemon daemon, String caseId) {
    return String.valueOf(daemon.get("/api/cases/" + caseId).get("status"));
  }

  private static String timeline(Daemon daemon, String caseId) {
    return String.valueOf(daemon.get("/api/cases/" + caseId).get("timeline"));
  }

  /** The plain-text part: the first of the alternatives that open the message. */
  private static String text(MimeMessage m) throws Exception {
    Object body = ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
    if (body instanceof MimeMultipart alternative) {
      body = alternative.getBodyPart(0).getContent();
    }
    return String.valueOf(body);
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
