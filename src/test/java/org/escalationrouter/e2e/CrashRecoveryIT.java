package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.escalationrouter.testsupport.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged daemon killed with {@code kill -9} while it works through a full mailbox, then
 * started again: every letter becomes exactly one case, and every escalation reaches the executive,
 * a repeat only ever as the same Message-ID (SMTP is at-least-once). Escalations go to a mail
 * server in this test's JVM, so they survive the daemon's death.
 */
class CrashRecoveryIT {

  private static final int LETTERS = 300;
  private static final Pattern CASE_ID = Pattern.compile("\"id\":\"(ESC-[^\"]+)\"");

  @TempDir Path work;
  private GreenMail executives;
  private DovecotFolder folder;
  private final String run = Long.toString(System.nanoTime(), 36);

  @BeforeEach
  void startExecutivesMailServer() throws Exception {
    executives = new GreenMail(new ServerSetup(MailFixtures.freePort(), "127.0.0.1", "smtp"));
    executives.start();
    folder = DovecotFolder.create(TestMailbox.SUPPORT, "crash");
  }

  @AfterEach
  void stopMailServers() throws Exception {
    executives.stop();
    folder.close();
  }

  private String letter(int i) {
    return "From: Customer "
        + i
        + " <customer"
        + i
        + "@example.org>\r\nTo: support@example.com\r\nSubject: Unanswered complaint "
        + i
        + "\r\nMessage-ID: "
        + messageId(i)
        + "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\n"
        + "Please forward this letter to the principals of the firm. My reference is "
        + i
        + ".\r\n";
  }

  private String messageId(int i) {
    return "<crash-" + i + "-" + run + "@example.org>";
  }

  @Test
  void killedMidWayTheDaemonMakesExactlyOneCaseAndOneEscalationIdPerLetter() throws Exception {
    List<String> letters = IntStream.range(0, LETTERS).mapToObj(this::letter).toList();
    for (int from = 0; from < LETTERS; from += 50) {
      folder.append(letters.subList(from, Math.min(LETTERS, from + 50)));
    }
    List<String> args = new ArrayList<>(folder.intakeArgs(0, "support"));
    args.add("--escalation.embedded-mail.enabled=false");
    args.add("--escalation.smtp.host=127.0.0.1");
    args.add("--escalation.smtp.port=" + executives.getSmtp().getPort());
    // a short lease, so mails the killed sender had claimed go out again soon after the restart
    args.add("--escalation.outbox.lease=15s");

    DaemonProcess daemon = new DaemonProcess(work, args);
    int casesAtKill;
    try {
      daemon.start();
      casesAtKill =
          await()
              .atMost(Duration.ofSeconds(120))
              .pollInterval(Duration.ofMillis(100))
              .until(() -> caseCount(daemon), n -> n >= 15);
      daemon.kill();
    } finally {
      daemon.stop();
    }
    assertThat(casesAtKill)
        .as("the kill must come while the daemon is still working; raise LETTERS if this fails")
        .isLessThan(LETTERS);

    try (DaemonProcess restarted = new DaemonProcess(work, args).start()) {
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> caseCount(restarted), n -> n >= LETTERS);
      // escalations claimed by the killed sender are sent again once their lease (15 s) ends
      await()
          .atMost(Duration.ofMinutes(4))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> SentEscalations.idsByCase(executives).size() >= LETTERS);
    }

    Map<String, Set<String>> idsByCase = SentEscalations.idsByCase(executives);
    assertThat(idsByCase.values())
        .as("a repeated escalation carries the same Message-ID")
        .allSatisfy(ids -> assertThat(ids).hasSize(1));

    try (Connection db = DriverManager.getConnection(daemon.jdbcUrl(), "sa", "");
        Statement s = db.createStatement()) {
      assertThat(SqlRows.longs(s, "select count(*) from escalation_case"))
          .containsExactly((long) LETTERS);
      assertThat(SqlRows.longs(s, "select count(distinct message_id) from escalation_case"))
          .containsExactly((long) LETTERS);
      assertThat(SqlRows.strings(s, "select message_id from escalation_case"))
          .containsExactlyInAnyOrderElementsOf(
              IntStream.range(0, LETTERS).mapToObj(this::messageId).toList());
      assertThat(SqlRows.strings(s, "select outcome from processed_message"))
          .hasSize(LETTERS)
          .containsOnly("case");
      assertThat(SqlRows.strings(s, "select id from escalation_case"))
          .containsExactlyInAnyOrderElementsOf(idsByCase.keySet());
      assertThat(SqlRows.strings(s, "select status from outbox where kind = 'escalation'"))
          .hasSize(LETTERS)
          .containsOnly("sent");
    }
    System.out.printf(
        "crash recovery: %d letters, killed after %d cases; %d escalation mails received for %d"
            + " cases%n",
        LETTERS, casesAtKill, SentEscalations.of(executives).size(), idsByCase.size());
  }

  static int caseCount(DaemonProcess daemon) throws Exception {
    Matcher m = CASE_ID.matcher(daemon.get("/api/cases?limit=1000"));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
