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
 * daemon listening with IDLE on the test Dovecot: one letter at a time, each awaited through the
 * cases API before the next. Reports two figures per letter: until the daemon read it (the case's
 * receivedAt, same machine clock) and until the case was visible in the API (committed; polled
 * every 5 ms, so up to that much late). Run by {@code bench/intake-latency.sh}.
 */
public final class IntakeLatencyBench {

  private static final Pattern NEWEST =
      Pattern.compile("\"subject\":\"Latency (\\d+)\".*?\"receivedAt\":\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    int letters = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    Path work = Files.createTempDirectory("intake-bench");
    String folderName = "bench-" + System.nanoTime();
    TestMailbox account = TestMailbox.SUPPORT;
    Session session = Session.getInstance(new Properties());
    try (Store store = session.getStore("imap")) {
      store.connect(
          TestServices.imapHost(), TestServices.imapPort(), account.user(), account.password());
      Folder folder = store.getFolder(folderName);
      folder.create(Folder.HOLDS_MESSAGES);
      int port = freePort();
      Process daemon = start(work, folderName, account, port);
      try {
        HttpClient http = HttpClient.newHttpClient();
        awaitUp(http, port, daemon);
        // one letter first, unmeasured, so class loading and the first parse are not counted
        List<Long> pickup = new ArrayList<>();
        List<Long> committed = new ArrayList<>();
        for (int i = 0; i <= letters; i++) {
          MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(letter(i, folderName)));
          Instant before = Instant.now();
          long t0 = System.nanoTime();
          folder.appendMessages(new Message[] {m});
          Instant receivedAt = awaitCase(http, port, i);
          long visible = (System.nanoTime() - t0) / 1_000_000;
          if (i > 0) {
            pickup.add(Duration.between(before, receivedAt).toMillis());
            committed.add(visible);
          }
        }
        report("APPEND -> read by daemon", pickup);
        report("APPEND -> case committed", committed);
      } finally {
        daemon.destroy();
        daemon.waitFor();
        store.getFolder(folderName).delete(true);
      }
    }
  }

  private static Process start(Path work, String folder, TestMailbox account, int port)
      throws Exception {
    String p = "--escalation.intake.mailboxes[0].";
    List<String> command =
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-jar",
            Path.of("target/escalation-router.jar").toAbsolutePath().toString(),
            "--server.port=" + port,
            "--escalation.web.admin.password=" + BENCH_PASSWORD,
            "--spring.datasource.url=jdbc:h2:file:"
                + work.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "--escalation.letters.dir=" + work.resolve("letters"),
            "--escalation.embedded-mail.enabled=false",
            "--escalation.smtp.port=" + freePort(), // nobody listens: escalations stay queued
            p + "name=bench",
            p + "host=" + TestServices.imapHost(),
            p + "port=" + TestServices.imapPort(),
            p + "username=" + account.user(),
            p + "password=" + account.password(),
            p + "folder=" + folder);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("daemon.log").toFile())
        .start();
  }

  private static void awaitUp(HttpClient http, int port, Process daemon) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
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
    throw new IllegalStateException("daemon did not answer within 3 minutes");
  }

  private static Instant awaitCase(HttpClient http, int port, int i) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      String body =
          http.send(get(port, "/api/cases?limit=1"), HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = NEWEST.matcher(body);
      if (m.find() && Integer.parseInt(m.group(1)) == i) {
        return Instant.parse(m.group(2));
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("letter " + i + " did not become a case within 60 s");
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
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.out.printf(
        "%-26s n=%d  median %d ms  p90 %d ms  min %d ms  max %d ms%n",
        what,
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 90),
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
