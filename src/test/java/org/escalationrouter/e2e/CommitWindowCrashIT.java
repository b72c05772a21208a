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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.escalationrouter.testsupport.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged daemon with two workers (the default commit window of sixteen messages) killed with
 * {@code kill -9} while the window is full, then started again: every letter is exactly one case
 * and one escalation in the outbox. Letters of very different lengths make the workers finish out
 * of order, so later messages are ready while an earlier one is still being judged.
 */
class CommitWindowCrashIT {

  private static final int LETTERS = 300;
  private static final int WORKERS = 2;
  private static final int WINDOW = 8 * WORKERS; // the default: 8 per worker (IntakeSettings)
  private static final Pattern IN_FLIGHT =
      Pattern.compile("escalation_intake_in_flight\\{[^}]*mailbox=\"support\"[^}]*} ([0-9.]+)");

  @TempDir Path work;
  private GreenMail executives;
  private DovecotFolder folder;
  private final String run = Long.toString(System.nanoTime(), 36);

  @BeforeEach
  void startExecutivesMailServer() throws Exception {
    executives = new GreenMail(new ServerSetup(MailFixtures.freePort(), "127.0.0.1", "smtp"));
    executives.start();
    folder = DovecotFolder.create(TestMailbox.SUPPORT, "window");
  }

  @AfterEach
  void stopMailServers() throws Exception {
    executives.stop();
    folder.close();
  }

  /** Every third letter is long: judging it takes many times longer than its neighbours. */
  private String letter(int i) {
    String complaint =
        "Please forward this letter to the principals of the firm. My reference is " + i + ".\r\n";
    String body = i % 3 == 0 ? complaint.repeat(400) : complaint;
    return "From: Customer "
        + i
        + " <customer"
        + i
        + "@example.org>\r\nTo: support@example.com\r\nSubject: Unanswered complaint "
        + i
        + "\r\nMessage-ID: "
        + messageId(i)
        + "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\n"
        + body;
  }

  private String messageId(int i) {
    return "<window-" + i + "-" + run + "@example.org>";
  }

  @Test
  void killedWithAFullWindowTheDaemonLosesAndDuplicatesNothing() throws Exception {
    List<String> letters = IntStream.range(0, LETTERS).mapToObj(this::letter).toList();
    for (int from = 0; from < LETTERS; from += 50) {
      folder.append(letters.subList(from, Math.min(LETTERS, from + 50)));
    }
    List<String> args = new ArrayList<>(folder.intakeArgs(0, "support"));
    args.add("--escalation.embedded-mail.enabled=false");
    args.add("--escalation.smtp.host=127.0.0.1");
    args.add("--escalation.smtp.port=" + executives.getSmtp().getPort());
    args.add("--escalation.intake.workers=" + WORKERS);

    DaemonProcess daemon = new DaemonProcess(work, args);
    int casesAtKill;
    try {
      daemon.start();
      int[] mostInFlight = {0};
      casesAtKill =
          await()
              .atMost(Duration.ofSeconds(300))
              .pollInterval(Duration.ofMillis(20))
              .failFast(
                  "the daemon finished before its window was seen full",
                  () -> CrashRecoveryIT.caseCount(daemon) >= LETTERS)
              .until(
                  () -> {
                    int inFlight = inFlight(daemon);
                    mostInFlight[0] = Math.max(mostInFlight[0], inFlight);
                    return inFlight == WINDOW
                        ? CrashRecoveryIT.caseCount(daemon)
                        : -mostInFlight[0];
                  },
                  n -> n >= 10);
      daemon.kill();
    } finally {
      daemon.stop();
    }
    assertThat(casesAtKill)
        .as("the kill must come while the daemon is still working; raise LETTERS if this fails")
        .isLessThan(LETTERS);

    try (DaemonProcess restarted = new DaemonProcess(work, args).start()) {
      await()
          .atMost(Duration.ofSeconds(240))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> CrashRecoveryIT.caseCount(restarted), n -> n >= LETTERS);
    }

    try (Connection db = DriverManager.getConnection(daemon.jdbcUrl(), "sa", "");
        Statement s = db.createStatement()) {
      assertThat(SqlRows.strings(s, "select message_id from escalation_case"))
          .as("one case per letter, none lost, none twice")
          .containsExactlyInAnyOrderElementsOf(
              IntStream.range(0, LETTERS).mapToObj(this::messageId).toList());
      assertThat(SqlRows.strings(s, "select outcome from processed_message"))
          .hasSize(LETTERS)
          .containsOnly("case");
      assertThat(SqlRows.strings(s, "select case_id from outbox where kind = 'escalation'"))
          .as("one escalation queued per case")
          .hasSize(LETTERS)
          .doesNotHaveDuplicates();
    }
    System.out.printf(
        "commit window crash: %d letters, %d workers, killed with %d in flight after %d cases%n",
        LETTERS, WORKERS, WINDOW, casesAtKill);
  }

  /** The daemon's own count of messages read and not yet recorded. */
  private static int inFlight(DaemonProcess daemon) throws Exception {
    Matcher m = IN_FLIGHT.matcher(daemon.get("/actuator/prometheus"));
    return m.find() ? (int) Double.parseDouble(m.group(1)) : -1;
  }
}
