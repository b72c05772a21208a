package org.escalationrouter.intake;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.escalationrouter.testsupport.TestMailbox;
import org.escalationrouter.testsupport.TestServices;

/**
 * Messages per second end to end (packaged daemon, test Dovecot, H2 and PostgreSQL) against Tika
 * alone on the same bytes with the same thread count, in the same run. The messages are put into a
 * fresh folder before the daemon starts; the rate counts from the first message recorded to the
 * last one accounted for (processed_message.processed_at, once the cursor is past the last UID).
 * Run by {@code bench/throughput.sh}; arguments: messages (1000), workers settings ("1,0": one,
 * then the default of one per core), databases ("h2,postgres").
 */
public final class ThroughputBench {

  private static final String PASSWORD = "bench-admin-secret";

  /** The daemon's heap: {@code -Dbench.heap} (BENCH_HEAP), 512m unless told. */
  private static final String HEAP = System.getProperty("bench.heap", "512m");

  private static final int ISSUE_SET = 1000;

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    String[] workerSettings = (args.length > 1 ? args[1] : "1,0").split(",");
    String[] databases = (args.length > 2 ? args[2] : "h2,postgres").split(",");
    Path corpus = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
    List<byte[]> messages = messages(corpus, n);
    if (Boolean.getBoolean("bench.large")) {
      messages = withLargeOnes(messages);
    }
    long bytes = messages.stream().mapToLong(m -> m.length).sum();
    System.out.printf(
        "throughput: %d messages (%.1f MB) from %s; %d cores; daemon -Xmx%s %s %s%n",
        messages.size(),
        bytes / 1e6,
        corpus,
        Runtime.getRuntime().availableProcessors(),
        HEAP,
        System.getProperty("bench.jar", "target/escalation-router.jar"),
        System.getProperty("bench.daemon-args", ""));
    for (String w : workerSettings) {
      int workers = Integer.parseInt(w.trim());
      int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
      double tika = tikaAlone(messages, threads);
      for (String db : databases) {
        Result r = endToEnd(messages, workers, db.trim());
        System.out.printf(
            "%-8s workers=%d: %6.2f messages/s end to end (%d accounted for in %.1f s); CPU %.1f"
                + " s (%.2f cores, %.0f ms/message), OCR processes %.1f s; heap max %d MB; Tika"
                + " alone %d threads %6.2f messages/s; ratio %.2f%n",
            db,
            threads,
            r.rate(),
            r.accounted(),
            r.seconds(),
            r.cpuSeconds(),
            r.cpuSeconds() / r.seconds(),
            1000 * r.cpuSeconds() / messages.size(),
            r.childSeconds(),
            r.heapMaxMb(),
            threads,
            tika,
            r.rate() / tika);
      }
    }
  }

  // ---------------------------------------------------------------- the messages

  /**
   * Every bounce, every complaint text wrapped as an e-mail, the MIME samples (.eml), then copies
   * of the MIME samples with new Message-IDs until there are {@code n}; fewer than the issue's
   * 1,000 are taken evenly from those, so each kind keeps its share.
   */
  static List<byte[]> messages(Path corpus, int n) throws Exception {
    List<byte[]> all = new ArrayList<>();
    for (Path eml : files(corpus.resolve("bounces"), ".eml")) {
      all.add(Files.readAllBytes(eml));
    }
    int i = 0;
    for (String line : Files.readAllLines(corpus.resolve("complaints/complaints.jsonl"))) {
      int at = line.indexOf("\"text\": \"");
      if (at >= 0) {
        all.add(wrapped(jsonString(line, at + 9), i++));
      }
    }
    List<byte[]> mime = new ArrayList<>();
    for (Path eml : files(corpus.resolve("mime"), ".eml")) {
      mime.add(Files.readAllBytes(eml));
    }
    all.addAll(mime);
    for (int copy = 0; all.size() < Math.max(n, ISSUE_SET); copy++) {
      all.add(withMessageId(mime.get(copy % mime.size()), "<copy-" + copy + "@bench.example>"));
    }
    if (all.size() == n) {
      return all;
    }
    List<byte[]> even = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      even.add(all.get((int) ((long) k * all.size() / n)));
    }
    return even;
  }

  private static List<Path> files(Path dir, String suffix) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static byte[] wrapped(String text, int i) {
    String subject = text.length() > 60 ? text.substring(0, 60) : text;
    return ("From: Customer "
            + i
            + " <customer"
            + i
            + "@example.org>\r\nTo: support@example.com\r\nSubject: "
            + subject.replaceAll("[\\r\\n]+", " ")
            + "\r\nMessage-ID: <complaint-"
            + i
            + "@bench.example>\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + text.replace("\n", "\r\n")
            + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON string starting at {@code from} (after its opening quote), read by a linear scan. */
  private static String jsonString(String json, int from) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        break;
      }
      if (c != '\\' || i + 1 == json.length()) {
        s.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> s.append('\n');
        case 't' -> s.append('\t');
        case 'r' -> s.append('\r');
        case 'u' -> {
          s.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> s.append(e);
      }
    }
    return s.toString();
  }

  private static byte[] withMessageId(byte[] raw, String id) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    boolean crlf = text.indexOf("\r\n\r\n") >= 0;
    String eol = crlf ? "\r\n" : "\n";
    int end = text.indexOf(eol + eol);
    String head = end >= 0 ? text.substring(0, end + eol.length()) : text;
    String rest = end >= 0 ? text.substring(end + eol.length()) : "";
    head = withoutMessageId(head, eol);
    return ("Message-ID: " + id + eol + head + rest).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The header block without its Message-ID field (continuation lines included), line by line. */
  private static String withoutMessageId(String head, String eol) {
    StringBuilder kept = new StringBuilder();
    boolean dropping = false;
    for (String line : head.split(eol, -1)) {
      boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
      if (!continuation) {
        dropping = line.regionMatches(true, 0, "Message-ID:", 0, 11);
      }
      if (!dropping) {
        kept.append(line).append(eol);
      }
    }
    return kept.substring(0, Math.max(0, kept.length() - eol.length()));
  }

  // ---------------------------------------------------------------- Tika alone

  /** Tika's AutoDetectParser (attachments too) on the same bytes, on {@code threads} threads. */
  static double tikaAlone(List<byte[]> messages, int threads) throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    for (int i = 0; i < Math.min(5, messages.size()); i++) {
      tika(parser, messages.get(i)); // class loading and the first parse are not counted
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long cpu0 = processCpuNanos();
    long children0 = childrenCpuNanos(ProcessHandle.current().pid());
    long t0 = System.nanoTime();
    List<Future<?>> all = new ArrayList<>();
    for (byte[] m : messages) {
      all.add(pool.submit(() -> tika(parser, m)));
    }
    for (Future<?> f : all) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    System.out.printf(
        "tika     threads=%d: %6.2f messages/s (%.1f s, CPU %.1f s, OCR processes %.1f s)%n",
        threads,
        messages.size() / seconds,
        seconds,
        (processCpuNanos() - cpu0) / 1e9,
        (childrenCpuNanos(ProcessHandle.current().pid()) - children0) / 1e9);
    return messages.size() / seconds;
  }

  private static void tika(AutoDetectParser parser, byte[] message) {
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser); // attachments are read too, as the daemon reads them
    try (TikaInputStream in = TikaInputStream.get(message)) {
      parser.parse(in, new BodyContentHandler(-1), new Metadata(), context);
    } catch (Exception e) {
      // a message Tika cannot read still cost its time; the daemon quarantines such ones
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  // ---------------------------------------------------------------- end to end

  /**
   * @param cpuSeconds the daemon JVM's own CPU from its first recorded message to the last
   * @param childSeconds CPU of the processes it started and reaped meanwhile (Tesseract)
   */
  record Result(
      int accounted, double seconds, double cpuSeconds, double childSeconds, long heapMaxMb) {
    double rate() {
      return accounted / seconds;
    }
  }

  /**
   * The messages with a 25 MB PDF attachment a third of the way in and 25 MB of random bytes two
   * thirds in (issue 16: large mail arriving while the others flow), generated here.
   */
  static List<byte[]> withLargeOnes(List<byte[]> messages) throws Exception {
    byte[] noise = new byte[25_000_000];
    new java.util.Random(16).nextBytes(noise);
    List<byte[]> out = new ArrayList<>(messages);
    out.add(
        2 * out.size() / 3,
        org.escalationrouter.parse.HostileFiles.withAttachment(
            "scan.bin", "application/octet-stream", noise));
    out.add(
        out.size() / 3,
        org.escalationrouter.parse.HostileFiles.withAttachment(
            "contract.pdf", "application/pdf", org.escalationrouter.parse.HostileFiles.bigPdf(25)));
    return out;
  }

  static Result endToEnd(List<byte[]> messages, int workers, String db) throws Exception {
    Path work = Files.createTempDirectory("throughput-bench");
    String folderName = "throughput-" + Long.toString(System.nanoTime(), 36);
    TestMailbox account = TestMailbox.SUPPORT;
    Session session = Session.getInstance(new Properties());
    try (Store store = session.getStore("imap")) {
      store.connect(
          TestServices.imapHost(), TestServices.imapPort(), account.user(), account.password());
      Folder folder = store.getFolder(folderName);
      folder.create(Folder.HOLDS_MESSAGES);
      for (int from = 0; from < messages.size(); from += 50) {
        List<Message> batch = new ArrayList<>();
        for (byte[] m : messages.subList(from, Math.min(messages.size(), from + 50))) {
          batch.add(new MimeMessage(session, new ByteArrayInputStream(m)));
        }
        folder.appendMessages(batch.toArray(Message[]::new));
      }
      long lastUid = ((UIDFolder) folder).getUIDNext() - 1; // closed: asks the server (STATUS)
      Database database = Database.of(db, work);
      int port = freePort();
      Process daemon = start(work, folderName, account, workers, database, port);
      HeapWatch heap = null;
      try {
        awaitUp(daemon, port); // before this process opens the H2 file: the daemon serves it
        heap = HeapWatch.start(daemon.pid(), work);
        return await(daemon, database, folderName, lastUid, heap);
      } finally {
        daemon.destroy();
        daemon.waitFor();
        if (heap != null) {
          heap.stop();
        }
        database.drop();
        store.getFolder(folderName).delete(true);
      }
    }
  }

  private static Result await(
      Process daemon, Database database, String folder, long lastUid, HeapWatch heap)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    Long cpuAtFirst = null;
    long childrenAtFirst = 0;
    while (System.nanoTime() < deadline) {
      if (!daemon.isAlive()) {
        throw new IllegalStateException("daemon exited with " + daemon.exitValue());
      }
      try (Connection c = database.connect();
          Statement s = c.createStatement()) {
        if (cpuAtFirst == null && count(s, "select count(*) from processed_message") > 0) {
          cpuAtFirst = cpuNanos(daemon.pid());
          childrenAtFirst = childrenCpuNanos(daemon.pid());
        }
        if (count(
                s,
                "select coalesce(max(last_uid), 0) from mailbox_cursor where folder = '"
                    + folder
                    + "'")
            >= lastUid) {
          long cpu = cpuNanos(daemon.pid()) - (cpuAtFirst == null ? 0 : cpuAtFirst);
          long children = childrenCpuNanos(daemon.pid()) - childrenAtFirst;
          try (ResultSet rs =
              s.executeQuery(
                  "select count(*), min(processed_at), max(processed_at) from processed_message")) {
            rs.next();
            int accounted = rs.getInt(1);
            double seconds = (rs.getTimestamp(3).getTime() - rs.getTimestamp(2).getTime()) / 1000.0;
            return new Result(accounted, seconds, cpu / 1e9, children / 1e9, heap.maxMb());
          }
        }
      } catch (java.sql.SQLException e) {
        // not migrated yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("not done within 30 minutes");
  }

  private static void awaitUp(Process daemon, int port) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!daemon.isAlive()) {
        throw new IllegalStateException("daemon exited with " + daemon.exitValue());
      }
      try {
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());
        return;
      } catch (java.io.IOException e) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("daemon did not answer within 10 minutes");
  }

  private static long count(Statement s, String sql) throws java.sql.SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** User and system CPU of a process, from /proc (clock ticks of 10 ms). */
  private static long cpuNanos(long pid) throws Exception {
    String[] f = stat(pid);
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
  }

  /** CPU of the children the process has waited for (utime and stime of reaped Tesseracts). */
  private static long childrenCpuNanos(long pid) {
    try {
      String[] f = stat(pid);
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
    } catch (Exception e) {
      return 0; // not Linux: the figure is left out as zero
    }
  }

  private static String[] stat(long pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  /** The daemon's database: an H2 file (served to this process too), or a fresh PG schema. */
  record Database(String jdbcUrl, String user, String password, Runnable drop) {
    static Database of(String kind, Path work) throws Exception {
      if (kind.equals("h2")) {
        return new Database(
            "jdbc:h2:file:"
                + work.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "AUTO_SERVER=TRUE;WRITE_DELAY=0",
            "sa",
            "",
            () -> {});
      }
      String schema = "bench_" + Long.toString(System.nanoTime(), 36);
      String base = TestServices.postgresUrl();
      try (Connection c =
              DriverManager.getConnection(
                  base, TestServices.postgresUser(), TestServices.postgresPassword());
          Statement s = c.createStatement()) {
        s.execute("create schema " + schema);
      }
      return new Database(
          base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
          TestServices.postgresUser(),
          TestServices.postgresPassword(),
          () -> {
            try (Connection c =
                    DriverManager.getConnection(
                        base, TestServices.postgresUser(), TestServices.postgresPassword());
                Statement s = c.createStatement()) {
              s.execute("drop schema " + schema + " cascade");
            } catch (java.sql.SQLException e) {
              System.err.println("could not drop " + schema + ": " + e.getMessage());
            }
          });
    }

    Connection connect() throws java.sql.SQLException {
      // never create the H2 file here: the daemon opens it first and serves it (AUTO_SERVER)
      return DriverManager.getConnection(
          postgres() ? jdbcUrl : jdbcUrl + ";IFEXISTS=TRUE", user, password);
    }

    boolean postgres() {
      return jdbcUrl.startsWith("jdbc:postgresql:");
    }
  }

  private static Process start(
      Path work, String folder, TestMailbox account, int workers, Database db, int port)
      throws Exception {
    String p = "--escalation.intake.mailboxes[0].";
    List<String> command =
        new ArrayList<>(
            List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx" + HEAP));
    for (String option : System.getProperty("bench.jvm-args", "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option); // e.g. -XX:StartFlightRecording=... to profile the daemon
      }
    }
    command.addAll(
        List.of(
            "-jar",
            Path.of(System.getProperty("bench.jar", "target/escalation-router.jar"))
                .toAbsolutePath()
                .toString(),
            "--server.port=" + port,
            "--escalation.web.admin.password=" + PASSWORD,
            "--spring.datasource.url=" + db.jdbcUrl(),
            "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(),
            "--escalation.letters.dir=" + work.resolve("letters"),
            "--escalation.storage.dir=" + work.resolve("originals"),
            "--escalation.embedded-mail.enabled=false",
            "--escalation.smtp.port=" + freePort(), // nobody listens: escalations stay queued
            "--escalation.intake.workers=" + workers,
            p + "name=bench",
            p + "host=" + TestServices.imapHost(),
            p + "port=" + TestServices.imapPort(),
            p + "username=" + account.user(),
            p + "password=" + account.password(),
            p + "folder=" + folder));
    for (String extra : System.getProperty("bench.daemon-args", "").trim().split("\\s+")) {
      if (!extra.isEmpty()) {
        command.add(extra);
      }
    }
    if (db.postgres()) {
      command.add("--spring.profiles.active=postgres");
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("daemon.log").toFile())
        .start();
  }

  /** The daemon's heap in use, sampled by jstat every half second (it costs the daemon nothing). */
  record HeapWatch(Process jstat, Path out) {
    static HeapWatch start(long pid, Path work) throws Exception {
      Path out = work.resolve("jstat.txt");
      Process p =
          new ProcessBuilder("jstat", "-gc", Long.toString(pid), "500")
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      return new HeapWatch(p, out);
    }

    long maxMb() throws Exception {
      double max = 0;
      List<String> header = null;
      for (String line : Files.readAllLines(out)) {
        String[] f = line.trim().split("\\s+");
        if (line.contains("EU")) {
          header = List.of(f);
        } else if (header != null && f.length == header.size()) {
          try {
            double used = 0;
            for (String col : List.of("S0U", "S1U", "EU", "OU")) {
              used += Double.parseDouble(f[header.indexOf(col)]);
            }
            max = Math.max(max, used);
          } catch (NumberFormatException e) {
            // a line cut off
          }
        }
      }
      return Math.round(max / 1024);
    }

    void stop() {
      jstat.destroy();
    }
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
