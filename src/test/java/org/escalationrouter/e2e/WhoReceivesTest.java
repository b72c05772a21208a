package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.escalationrouter.directory.AddressHealth;
import org.escalationrouter.sla.SlaActions;
import org.escalationrouter.sla.SlaTimers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three places that hand a case to someone else ask the directory the same question and get the
 * same answer: an absent executive's case skips a deputy whose address bounces, and a case handed
 * on after a bounce skips a deputy who is out of office. A legal threat goes to the COO (Ewa
 * Nowak), whose deputy is the head of legal and whose manager is the CEO.
 */
class WhoReceivesTest {

  @TempDir Path work;
  private Path routes;

  @BeforeEach
  void copyTheShippedRoutes() throws IOException {
    routes = Files.createDirectories(work.resolve("routes"));
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, routes.resolve(f.getFileName()));
      }
    }
  }

  /** Adds an absence, both days included, to an executive in the copied executives file. */
  private void away(String id, LocalDate from, LocalDate to) throws IOException {
    Path file = routes.resolve("executives.yaml");
    String entry = "  - id: " + id + "\n";
    String yaml = Files.readString(file);
    assertThat(yaml).contains(entry);
    Files.writeString(
        file,
        yaml.replace(entry, entry + "    outOfOffice: [{from: " + from + ", to: " + to + "}]\n"));
  }

  private Daemon start() {
    return new Daemon(work).start("--escalation.routes.dir=" + routes);
  }

  private static void bounces(Daemon daemon, String address) {
    daemon.bean(AddressHealth.class).failing(address, "userunknown", "5.1.1");
  }

  private static void legalThreat(Daemon daemon, String messageId) throws Exception {
    MailFixtures.send(
        daemon.smtpPort,
        "sam@example.com",
        "support@localhost",
        "Overcharged",
        "I will contact my attorney about this charge.",
        messageId);
  }

  private static List<MimeMessage> awaitMail(Daemon daemon, String user, int atLeast) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> MailFixtures.inbox(daemon.imapPort, user, user), l -> l.size() >= atLeast);
  }

  private static List<MimeMessage> inbox(Daemon daemon, String user) throws Exception {
    return MailFixtures.inbox(daemon.imapPort, user, user);
  }

  private static List<String> subjects(Daemon daemon, String user) throws Exception {
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage m : inbox(daemon, user)) {
      subjects.add(m.getSubject());
    }
    return subjects;
  }

  private static LocalDate today(String zone) {
    return LocalDate.now(ZoneId.of(zone));
  }

  @Test
  void caseOfAnAbsentExecutiveSkipsTheirBouncingDeputy() throws Exception {
    away("coo", today("Europe/Warsaw").minusDays(1), today("Europe/Warsaw").plusDays(1));
    try (Daemon daemon = start()) {
      bounces(daemon, "legal@localhost");
      legalThreat(daemon, "<who-1@example.com>");

      MimeMessage escalation = awaitMail(daemon, "ceo", 1).get(0);
      String caseId = escalation.getHeader("X-Escalation-Case", null);
      assertThat(daemon.timeline(caseId))
          .contains("Ewa Nowak is out of office; you receive this case as their manager.");
      assertThat(inbox(daemon, "legal")).isEmpty();
      assertThat(inbox(daemon, "coo")).isEmpty();
    }
  }

  @Test
  void remindersForAnAbsentOwnerSkipTheirBouncingDeputy() throws Exception {
    away("coo", today("Europe/Warsaw").plusDays(2), today("Europe/Warsaw").plusDays(60));
    try (Daemon daemon = start()) {
      bounces(daemon, "legal@localhost");
      legalThreat(daemon, "<who-2@example.com>");
      awaitMail(daemon, "coo", 1);

      // nobody answers; a month on, the COO is away: the timers take "now" as given
      daemon
          .bean(SlaTimers.class)
          .fireDue(Instant.now().plus(Duration.ofDays(30)), 100, daemon.bean(SlaActions.class));

      // the COO's reminders and the breach (the COO's manager) all reach the CEO, in any order
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> subjects(daemon, "ceo"),
              s ->
                  s.stream().anyMatch(t -> t.startsWith("REMINDER ["))
                      && s.stream().anyMatch(t -> t.startsWith("BREACH [")));
      assertThat(inbox(daemon, "legal")).isEmpty();
    }
  }

  @Test
  void bouncedEscalationSkipsADeputyWhoIsOutOfOffice() throws Exception {
    away("head-of-legal", today("Europe/London").minusDays(1), today("Europe/London").plusDays(1));
    try (Daemon daemon = start()) {
      legalThreat(daemon, "<who-3@example.com>");
      MimeMessage toCoo = awaitMail(daemon, "coo", 1).get(0);
      String caseId = toCoo.getHeader("X-Escalation-Case", null);
      String returnPath = toCoo.getHeader("Return-Path", null).replaceAll("[<>]", "");

      MailFixtures.sendRaw(
          daemon.smtpPort,
          "MAILER-DAEMON@mx.example.net",
          "bounces@localhost",
          BounceFailoverTest.dsn(
                  returnPath, toCoo.getMessageID(), "coo@localhost", "failed", "5.1.1")
              .getBytes(StandardCharsets.US_ASCII));

      List<MimeMessage> ceoMail = awaitMail(daemon, "ceo", 1);
      assertThat(ceoMail.get(0).getSubject()).startsWith("FAILOVER [" + caseId + "]");
      assertThat(inbox(daemon, "legal")).isEmpty();
    }
  }
}
