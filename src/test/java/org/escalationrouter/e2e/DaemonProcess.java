package org.escalationrouter.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged daemon ({@code target/escalation-router.jar}) run as a separate process, as an
 * operator runs it, so a test can kill it without warning. Its output goes to a file in the work
 * folder.
 */
final class DaemonProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static final String BASIC =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString(
                  ("admin:" + Daemon.ADMIN_PASSWORD)
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private static final JsonMapper JSON = JsonMapper.builder().build();

  final int httpPort = MailFixtures.freePort();
  private final Path work;
  private final List<String> args;
  private String heap = "768m";
  // a shared build machine under load has taken over three minutes to start the daemon
  private Duration startWithin = Duration.ofSeconds(360);
  private Process process;

  DaemonProcess(Path work, List<String> args) {
    this.work = work;
    this.args = List.copyOf(args);
  }

  static Path jar() {
    Path jar = Path.of("target", "escalation-router.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run the integration tests with mvn verify, which packages it first");
    }
    return jar;
  }

  /** The maximum heap ({@code -Xmx}) the daemon starts with; 768m unless set. */
  DaemonProcess withHeap(String heap) {
    this.heap = heap;
    return this;
  }

  /** How long {@link #start()} waits for the HTTP port; 180 s unless set. */
  DaemonProcess withStartTimeout(Duration startWithin) {
    this.startWithin = startWithin;
    return this;
  }

  /** True while the process runs. */
  boolean alive() {
    return process != null && process.isAlive();
  }

  /** The H2 file database the daemon keeps in the work folder. */
  String jdbcUrl() {
    return "jdbc:h2:file:"
        + work.resolve("db")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
  }

  /** Starts the process and returns once its HTTP port answers. */
  DaemonProcess start() {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + heap);
    command.add("-jar");
    command.add(jar().toString());
    command.add("--server.port=" + httpPort);
    command.add("--escalation.web.admin.password=" + Daemon.ADMIN_PASSWORD);
    // a setting given twice would reach Spring as both values joined by a comma: the test's wins
    unlessGiven(command, "--spring.datasource.url=", jdbcUrl());
    unlessGiven(command, "--escalation.letters.dir=", work.resolve("letters"));
    unlessGiven(command, "--escalation.routes.dir=", Path.of("routes").toAbsolutePath());
    command.addAll(args);
    Path log = logFile();
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Awaitility.await("daemon answering on port " + httpPort + " (log: " + log + ")")
        .atMost(startWithin)
        .pollInterval(Duration.ofMillis(250))
        .failFast("daemon exited (log: " + log + ")", () -> !process.isAlive())
        .until(() -> status("/actuator/health") > 0);
    return this;
  }

  private void unlessGiven(List<String> command, String option, Object value) {
    if (args.stream().noneMatch(a -> a.startsWith(option))) {
      command.add(option + value);
    }
  }

  Path logFile() {
    return work.resolve("daemon-" + httpPort + ".log");
  }

  /** kill -9: no shutdown hook, no graceful anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, and waits for the orderly shutdown. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  String get(String path) throws IOException, InterruptedException {
    return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
  }

  /** The JSON answer to a GET, as maps, lists, strings and numbers. */
  Object json(String path) throws IOException, InterruptedException {
    return JSON.readValue(get(path), Object.class);
  }

  int status(String path) {
    try {
      return HTTP.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
        .header("Authorization", BASIC)
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
