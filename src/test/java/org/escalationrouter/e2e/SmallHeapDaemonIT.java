package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.escalationrouter.parse.HostileFiles;
import org.escalationrouter.testsupport.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged daemon at {@code -Xmx256m} reads a mailbox where a 30 MB attachment, a 25 MB PDF and
 * a .docx bomb arrive among ordinary letters: it keeps working, every ordinary letter (those after
 * the hostile ones included) becomes a case, no OutOfMemoryError is logged, and health stays UP.
 * The mailbox is a GreenMail in the test's JVM, so the daemon's heap holds only its own work. The
 * inputs are generated here.
 */
class SmallHeapDaemonIT {

  @TempDir Path work;
  private GreenMail executives;
  private DovecotFolder folder;

  @BeforeEach
  void startMailServers() throws Exception {
    executives = new GreenMail(new ServerSetup(MailFixtures.freePort(), "127.0.0.1", "smtp"));
    executives.start();
    folder = DovecotFolder.create(TestMailbox.SUPPORT, "small-heap");
  }

  @AfterEach
  void stopMailServers() throws Exception {
    executives.stop();
    folder.close();
  }

  private static byte[] ordinary(int i) {
    return ("From: Customer "
            + i
            + " <customer"
            + i
            + "@example.org>\r\nTo: support@localhost\r\nSubject: Ordinary letter "
            + i
            + "\r\nMessage-ID: <ordinary-"
            + i
            + "@example.org>\r\nDate: Sat, 5 Dec 2026 08:00:00 +0000\r\n\r\n"
            + "Please forward this letter to the principals of the firm. Reference "
            + i
            + ".\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withSubject(byte[] message, String subject) {
    String m = new String(message, StandardCharsets.ISO_8859_1);
    return m.replaceFirst("Subject: attached", "Subject: " + subject)
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private void deliver(byte[] raw) throws Exception {
    folder.appendBytes(raw);
  }

  @Test
  void largeAttachmentPdfAndDocxBombAmongOrdinaryLettersAt256Mb() throws Exception {
    long started = System.nanoTime();
    byte[] noise = new byte[30_000_000]; // 30 MB: the message stays under the 40 MB limit
    new Random(15).nextBytes(noise);
    List<byte[]> hostile =
        List.of(
            withSubject(
                HostileFiles.withAttachment("scan.bin", "application/octet-stream", noise),
                "Thirty megabytes"),
            withSubject(
                HostileFiles.withAttachment(
                    "contract.pdf", "application/pdf", HostileFiles.bigPdf(24)),
                "Large PDF"),
            withSubject(
                HostileFiles.withAttachment(
                    "terms.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    HostileFiles.docxBomb(300)),
                "Docx bomb"));
    noise = null;

    List<String> args = new ArrayList<>(folder.intakeArgs(0, "support"));
    args.add("--escalation.embedded-mail.enabled=false");
    args.add("--escalation.smtp.host=127.0.0.1");
    args.add("--escalation.smtp.port=" + executives.getSmtp().getPort());
    args.add("--escalation.storage.dir=" + work.resolve("originals"));

    DaemonProcess daemon = new DaemonProcess(work, args).withHeap("256m");
    try (daemon) {
      daemon.start();
      int letter = 0;
      for (byte[] h : hostile) {
        deliver(ordinary(letter++));
        deliver(h);
      }
      deliver(ordinary(letter++));
      int before = letter;
      await()
          .atMost(Duration.ofMinutes(8))
          .pollInterval(Duration.ofSeconds(2))
          .failFast("daemon exited", () -> !daemon.alive())
          .until(() -> countOrdinaryCases(daemon, before) == before);

      // and the daemon still reads what comes after
      deliver(ordinary(letter++));
      int all = letter;
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(1))
          .failFast("daemon exited", () -> !daemon.alive())
          .until(() -> countOrdinaryCases(daemon, all) == all);

      String cases = daemon.get("/api/cases?limit=1000");
      String held = daemon.get("/api/quarantine");
      for (String subject : List.of("Thirty megabytes", "Large PDF", "Docx bomb")) {
        assertThat(cases.contains("\"" + subject + "\"") || held.contains("uid"))
            .as("%s is a case or quarantined", subject)
            .isTrue();
      }
      String health = daemon.get("/actuator/health");
      assertThat(health).endsWith("\"status\":\"UP\"}").doesNotContain("\"DOWN\"");
      assertThat(daemon.alive()).isTrue();
      String log = Files.readString(daemon.logFile());
      assertThat(log).doesNotContain("OutOfMemoryError").doesNotContain("has been closed");
      System.out.printf(
          "small heap daemon: %d ordinary letters and 3 hostile ones at -Xmx256m in %d s%n",
          all, (System.nanoTime() - started) / 1_000_000_000);
    } finally {
      Path log = daemon.logFile();
      if (Files.exists(log)) {
        Files.copy(
            log,
            Path.of("target", "small-heap-daemon.log"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static int countOrdinaryCases(DaemonProcess daemon, int upTo) throws Exception {
    String cases = daemon.get("/api/cases?limit=1000");
    int n = 0;
    for (int i = 0; i < upTo; i++) {
      if (cases.contains("\"Ordinary letter " + i + "\"")) {
        n++;
      }
    }
    return n;
  }
}
