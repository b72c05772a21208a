package org.escalationrouter.intake;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.testsupport.TestMailbox;
import org.escalationrouter.testsupport.TestServices;

/**
 * How long a letter takes from IMAP APPEND to a committed case, measured against the packaged
 * daemon listening with IDLE on the test Dovecot: one letter at a time, each awaited before the
 * next. The daemon runs with its own database settings (the H2 file URL of application.properties,
 * WRITE_DELAY=0, in a scratch working directory). Its debug log gives, per letter, the moment it
 * was woken (IDLE returned, or the fast poll found it) and the moment the case's transaction
 * committed; the bench reads that log (no API polling, whose bcrypt check would load the CPU it
 * measures) and prints p50, p90 and p99 of APPEND to commit and of wake to commit, and the share of
 * the time spent between the wake and the commit. Run by {@code bench/intake-latency.sh [N]
 * [fast-poll]}.
 */
public final class IntakeLatencyBench {

  private static final Pattern WAKE =
      Pattern.compile("^(\\S+) .*(IDLE woke the reader of|Fast poll found new mail in) bench");
  private static final Pattern COMMIT =
      Pattern.compile("^(\\S+) .*Committed \\S+ uid (\\d+) of bench");

  public static void main(String[] args) throws Exception {
    int letters = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    String fastPoll = args.length > 1 ? args[1] : "";
    Path work = Files.createTempDirectory("intake-bench");
    String folderName = "bench-" + System.nanoTime();
    TestMailbox account = TestMailbox.SUPPORT;
    Session session = Session.getInstance(new Properties());
    System.out.println(machine() + (fastPoll.isEmpty() ? "" : "; fast-poll " + fastPoll));
    try (Store store = session.getStore("imap")) {
      store.connect(
          TestServices.imapHost(), TestServices.imapPort(), account.user(), account.password());
      Folder folder = store.getFolder(folderName);
      folder.create(Folder.HOLDS_MESSAGES);
      int port = freePort();
      Process daemon = start(work, folderName, account, port, fastPoll);
      try (DaemonLog log = new DaemonLog(work.resolve("daemon.log"))) {
        awaitUp(port, daemon);
        // one letter first, unmeasured, so class loading and the first parse are not counted
        List<Long> total = new ArrayList<>();
        List<Long> daemonPart = new ArrayList<>();
        int notWoken = 0;
        for (int i = 0; i <= letters; i++) {
          MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(letter(i, folderName)));
          Instant appended = Instant.now();
          folder.appendMessages(new Message[] {m});
          Instant[] wakeAndCommit = log.awaitCommit(i + 1, daemon);
          if (i == 0) {
            continue;
          }
          total.add(Duration.between(appended, wakeAndCommit[1]).toMillis());
          if (wakeAndCommit[0] == null || wakeAndCommit[0].isBefore(appended)) {
            notWoken++; // read by the safety poll or a pass already running
          } else {
            daemonPart.add(Duration.between(wakeAndCommit[0], wakeAndCommit[1]).toMillis());
          }
        }
        report("APPEND -> case committed", total);
        report("wake -> case committed", daemonPart);
        long sumTotal = total.stream().mapToLong(Long::longValue).sum();
        long sumDaemon = daemonPart.stream().mapToLong(Long::longValue).sum();
        System.out.printf(
            "share between the wake and the commit: %.0f%% of the time to commit (%d letters read"
                + " without a wake of their own)%n",
            sumTotal == 0 ? 0.0 : 100.0 * sumDaemon / sumTotal, notWoken);
        System.out.println("load average at the end: " + loadAverage());
      } finally {
        daemon.destroy();
        daemon.waitFor();
        store.getFolder(folderName).delete(true);
      }
    }
  }

  /** The daemon's log, read as it grows. */
  private static final class DaemonLog implements AutoCloseable {
    private final java.io.BufferedReader in;
    private Instant lastWake;

    DaemonLog(Path file) throws java.io.IOException {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
      in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** The last wake before the commit of {@code uid}, and that commit. */
    Instant[] awaitCommit(long uid, Process daemon) throws Exception {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        String line = in.readLine();
        if (line == null) {
          if (!daemon.isAlive()) {
            throw new IllegalStateException("daemon exited with " + daemon.exitValue());
          }
          Thread.sleep(2);
          continue;
        }
        Matcher w = WAKE.matcher(line);
        if (w.find()) {
          lastWake = OffsetDateTime.parse(w.group(1)).toInstant();
        }
        Matcher c = COMMIT.matcher(line);
        if (c.find() && Long.parseLong(c.group(2)) == uid) {
          return new Instant[] {lastWake, OffsetDateTime.parse(c.group(1)).toInstant()};
        }
      }
      throw new IllegalStateException("uid " + uid + " was not committed within 60 s");
    }

    @Override
    public void close() throws java.io.IOException {
      in.close();
    }
  }

  private static Process start(
      Path work, String folder, TestMailbox account, int port, String fastPoll) throws Exception {
    String p = "--escalation.intake.mailboxes[0].";
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                Path.of("target/escalation-router.jar").toAbsolutePath().toString(),
                "--server.port=" + port,
                "--escalation.web.admin.password=" + BENCH_PASSWORD,
                "--escalation.routes.dir=" + Path.of("routes").toAbsolutePath(),
                "--escalation.embedded-mail.enabled=false",
                "--escalation.smtp.port=" + freePort(), // nobody listens: escalations stay queued
                "--logging.level.org.escalationrouter.intake.MailboxConsumer=DEBUG",
                p + "name=bench",
                p + "host=" + TestServices.imapHost(),
                p + "port=" + TestServices.imapPort(),
                p + "username=" + account.user(),
                p + "password=" + account.password(),
                p + "folder=" + folder));
    if (!fastPoll.isEmpty()) {
      command.add("--escalation.intake.fast-poll=" + fastPoll);
    }
    // the daemon's own database URL (./data under its working directory), WRITE_DELAY=0 included
    return new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("daemon.log").toFile())
        .start();
  }

  private static String machine() throws java.io.IOException {
    String model =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .orElse("unknown CPU");
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + model
        + "; load average at the start: "
        + loadAverage();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static void awaitUp(int port, Process daemon) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos(); // a loaded build machine
    while (System.nanoTime() < deadline) {
      if (!daemon.isAlive()) {
        throw new IllegalStateException("daemon exited with " + daemon.exitValue());
      }
      try {
        http.send(get(port, "/actuator/health"), HttpResponse.BodyHandlers.discarding());
        return;
      } catch (java.io.IOException e) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("daemon did not answer within 8 minutes");
  }

  /** The benchmark's own daemon's admin password (loopback only, thrown away afterwards). */
  private static final String BENCH_PASSWORD = "bench-admin-secret";

  private static HttpRequest get(int port, String path) {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                ("admin:" + BENCH_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Basic " + basic)
        .build();
  }

  private static byte[] letter(int i, String run) {
    return ("From: Customer <customer"
            + i
            + "@example.org>\r\nTo: support@example.com\r\nSubject: Latency "
            + i
            + "\r\nMessage-ID: <"
            + run
            + "-"
            + i
            + "@example.org>\r\n\r\nPlease forward this letter to the principals of the firm.\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void report(String what, List<Long> millis) {
    if (millis.isEmpty()) {
      System.out.printf("%-26s n=0%n", what);
      return;
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.out.printf(
        "%-26s n=%d  p50 %d ms  p90 %d ms  p99 %d ms  min %d ms  max %d ms%n",
        what,
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted.get(0),
        sorted.get(sorted.size() - 1));
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
