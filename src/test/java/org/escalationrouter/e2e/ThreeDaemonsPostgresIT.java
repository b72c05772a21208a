package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.escalationrouter.testsupport.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.integration.util.UUIDConverter;

/**
 * Three packaged daemons, as separate processes, on one PostgreSQL schema and three folders of the
 * test Dovecot, each folder a mailbox of its own. Once the mailboxes have spread over the nodes,
 * {@value #LETTERS} letters arrive in each (plus {@value #DRILLS} on a one-minute SLA policy); the
 * node holding the first mailbox is killed with {@code kill -9} mid-batch, before the last letters
 * of each mailbox have arrived (so the kill always comes with work left). Another node holds its
 * mailboxes within the take-over time, every letter becomes exactly one case with one escalation,
 * each mailbox was read by one node at a time (the daemons' own counters), every due SLA timer
 * fired once (one reminder, breach and notice per timer, whichever node fired it), and every outbox
 * row reached the mail server, a second time only when a row's sender was the killed node.
 */
class ThreeDaemonsPostgresIT {

  private static final String SCHEMA = "three_daemons_it";
  private static final List<String> MAILBOXES = List.of("north", "south", "west");
  private static final List<String> NODES = List.of("node-1", "node-2", "node-3");
  private static final int LETTERS = 200;
  private static final int DRILLS = 2;
  private static final int PER_MAILBOX = LETTERS + DRILLS;

  /** The letters from this one on arrive after the kill. */
  private static final int LATE_FROM = 150;

  private static final int ALL = PER_MAILBOX * MAILBOXES.size();
  private static final Duration TAKE_OVER = Duration.ofSeconds(5);
  private static final String DRILL_DOMAIN = "drill.example.org";
  private static final String DRILL_OFFICER = "drill@localhost";
  private static final String DRILL_DIRECTOR = "drill-director@localhost";

  @TempDir Path work;
  private GreenMail executives;
  private final Map<String, DovecotFolder> folders = new LinkedHashMap<>();
  private final Map<String, DaemonProcess> daemons = new LinkedHashMap<>();
  private PostgresSchema db;
  private final String run = Long.toString(System.nanoTime(), 36);

  @BeforeEach
  void startMailServerFoldersAndEmptySchema() throws Exception {
    executives = new GreenMail(new ServerSetup(MailFixtures.freePort(), "127.0.0.1", "smtp"));
    executives.start();
    for (String mailbox : MAILBOXES) {
      folders.put(mailbox, DovecotFolder.create(TestMailbox.SUPPORT, "three-" + mailbox));
    }
    db = PostgresSchema.fresh(SCHEMA);
  }

  @AfterEach
  void stopEverything() throws Exception {
    for (DaemonProcess d : daemons.values()) {
      d.stop();
      if (Files.exists(d.logFile())) {
        Files.createDirectories(Path.of("target", "three-daemons"));
        Files.copy(
            d.logFile(),
            Path.of("target", "three-daemons", d.logFile().getFileName().toString()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    executives.stop();
    for (DovecotFolder f : folders.values()) {
      f.close();
    }
  }

  // ------------------------------------------------------------------ the rules every node runs

  /**
   * The repository's rules and one more: letters from {@value #DRILL_DOMAIN} go to a drill officer
   * on a one-minute acknowledge deadline, in working hours that cover every day and are at midday
   * now, so the reminders (at 30 and 54 seconds) and the breach (60 seconds) fall inside the test.
   */
  private Path drillRules() throws IOException {
    Path copy = copyOf(Path.of("routes"), "routes");
    String rules = Files.readString(copy.resolve("escalation.camel.yaml"));
    String when = "            when:\n";
    assertThat(rules).contains(when);
    int at = rules.indexOf(when) + when.length();
    Files.writeString(
        copy.resolve("escalation.camel.yaml"),
        rules.substring(0, at)
            + "              - id: deadline-drill\n"
            + "                simple: \"${header.senderDomain} == '"
            + DRILL_DOMAIN
            + "'\"\n"
            + "                steps:\n"
            + "                  - to: escalate:drill-officer?policy=drill\n"
            + rules.substring(at));
    String middayZone =
        ZoneOffset.ofHours(12 - Instant.now().atZone(ZoneOffset.UTC).getHour()).getId();
    Files.writeString(
        copy.resolve("executives.yaml"),
        Files.readString(copy.resolve("executives.yaml"))
            + "\n  - id: drill-officer\n"
            + "    name: Drill Officer\n"
            + "    email: "
            + DRILL_OFFICER
            + "\n    manager: drill-director\n"
            + "    timeZone: \""
            + middayZone
            + "\"\n    workingHours: Mon-Sun 00:00-23:59\n"
            // the breach goes to a director whose working hour is twelve hours away, so the
            // case's next level of timers stays out of the test whatever day it runs
            + "\n  - id: drill-director\n"
            + "    name: Drill Director\n"
            + "    email: "
            + DRILL_DIRECTOR
            + "\n    timeZone: \""
            + middayZone
            + "\"\n    workingHours: Mon-Sun 00:00-01:00\n");
    Files.writeString(
        copy.resolve("sla-policies.yaml"),
        Files.readString(copy.resolve("sla-policies.yaml"))
            + "  - name: drill\n    acknowledge: 1m\n    resolve: 60m\n");
    return copy;
  }

  private Path copyOf(Path routes, String name) throws IOException {
    Path copy = work.resolve(name);
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(routes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  /** The same rules with a comment added: another rules version, the same routing. */
  private Path withComment(Path routes) throws IOException {
    Path copy = copyOf(routes, "routes-commented");
    Files.writeString(
        copy.resolve("executives.yaml"),
        "\n# edited on one node only\n",
        java.nio.file.StandardOpenOption.APPEND);
    return copy;
  }

  private DaemonProcess daemon(String node, Path routes) {
    // the drop folder on storage the nodes share
    List<String> args = db.clusterArgs(node, TAKE_OVER, work.resolve("shared-letters"));
    args.addAll(
        List.of(
            "--escalation.routes.dir=" + routes,
            "--escalation.embedded-mail.enabled=false",
            "--escalation.smtp.host=127.0.0.1",
            "--escalation.smtp.port=" + executives.getSmtp().getPort(),
            "--escalation.sla.poll-interval=1s",
            // rows the killed node had claimed go out again soon
            "--escalation.outbox.lease=10s"));
    for (int i = 0; i < MAILBOXES.size(); i++) {
      args.addAll(folders.get(MAILBOXES.get(i)).intakeArgs(i, MAILBOXES.get(i)));
    }
    Path dir = work.resolve(node);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // three JVMs starting at once on a small, busy machine: the bound only stops a hung start
    return new DaemonProcess(dir, args).withStartTimeout(Duration.ofMinutes(8));
  }

  // ------------------------------------------------------------------ letters

  private String letter(String mailbox, int i, boolean drill) {
    String from = drill ? "officer" + i + "@" + DRILL_DOMAIN : "customer" + i + "@example.org";
    return "From: "
        + from
        + "\r\nTo: "
        + mailbox
        + "@example.com\r\nSubject: Letter "
        + i
        + " to "
        + mailbox
        + "\r\nMessage-ID: "
        + messageId(mailbox, i, drill)
        + "\r\nDate: Sat, 05 Dec 2026 10:00:00 +0000\r\n\r\n"
        + "Please forward this letter to the principals of the firm. My reference is "
        + i
        + ".\r\n";
  }

  private String messageId(String mailbox, int i, boolean drill) {
    return "<" + (drill ? "drill-" : "three-") + mailbox + "-" + i + "-" + run + "@example.org>";
  }

  /**
   * Appends the drill letters and letters {@code [0, to)} to every mailbox, 50 at a time and
   * mailbox by mailbox, as mail arrives in a busy hour.
   */
  private void deliverUpTo(int to) throws Exception {
    for (String mailbox : MAILBOXES) {
      folders
          .get(mailbox)
          .append(IntStream.range(0, DRILLS).mapToObj(i -> letter(mailbox, i, true)).toList());
    }
    deliver(0, to);
  }

  /** Appends letters {@code [from, to)} to every mailbox, 50 at a time. */
  private void deliver(int from, int to) throws Exception {
    for (int chunk = from; chunk < to; chunk += 50) {
      int start = chunk;
      for (String mailbox : MAILBOXES) {
        folders
            .get(mailbox)
            .append(
                IntStream.range(start, Math.min(to, start + 50))
                    .mapToObj(i -> letter(mailbox, i, false))
                    .toList());
      }
    }
  }

  // ------------------------------------------------------------------ what the nodes say

  /** Each live node's sources, as {@code /api/cluster} on {@code asked} lists them. */
  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> sourcesByNode(DaemonProcess asked) throws Exception {
    Map<String, Object> cluster = (Map<String, Object>) asked.json("/api/cluster");
    Map<String, List<String>> byNode = new TreeMap<>();
    for (Map<String, Object> n : (List<Map<String, Object>>) cluster.get("nodes")) {
      if (Boolean.TRUE.equals(n.get("live"))) {
        byNode.put((String) n.get("node"), (List<String>) n.get("sources"));
      }
    }
    return byNode;
  }

  /** Whether three nodes are live, every source has one holder and none holds more than two. */
  private boolean spread() throws Exception {
    Map<String, List<String>> byNode = sourcesByNode(daemons.get(NODES.get(0)));
    List<String> held = byNode.values().stream().flatMap(List::stream).toList();
    return byNode.size() == 3
        && byNode.values().stream().allMatch(s -> s.size() <= 2)
        && held.size() == new HashSet<>(held).size()
        && held.containsAll(MAILBOXES)
        && held.contains("letters");
  }

  /** This node's own {@code /api/mailboxes}: each mailbox's owner and messages read here. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> mailboxes(DaemonProcess d) throws Exception {
    Map<String, Map<String, Object>> byName = new TreeMap<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) d.json("/api/mailboxes")) {
      byName.put((String) m.get("name"), m);
    }
    return byName;
  }

  private static long messagesRead(Map<String, Map<String, Object>> boxes, String mailbox) {
    return ((Number) boxes.get(mailbox).get("messagesRead")).longValue();
  }

  // ------------------------------------------------------------------ the test

  @Test
  void killedNodesMailboxesAreTakenOverAndEveryLetterTimerAndMailHappensOnce() throws Exception {
    long began = System.nanoTime();
    Path routes = drillRules();
    // the last node runs the same routing with a comment added: another rules version
    Path commented = withComment(routes);
    String odd = NODES.get(NODES.size() - 1);
    NODES.forEach(node -> daemons.put(node, daemon(node, node.equals(odd) ? commented : routes)));
    // started together, so that none takes every mailbox before the others are up
    CompletableFuture.allOf(
            daemons.values().stream()
                .map(d -> CompletableFuture.runAsync(d::start))
                .toArray(CompletableFuture[]::new))
        .join();
    long startedIn = (System.nanoTime() - began) / 1_000_000;
    await("the sources spread over the three nodes")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .until(this::spread);
    Map<String, List<String>> holdings = sourcesByNode(daemons.get(NODES.get(0)));
    assertRulesMismatchShown(odd);

    // the last 50 letters of each mailbox arrive after the kill: however fast the holder reads,
    // it cannot have finished its mailbox when it dies, and the survivor must read the rest
    deliverUpTo(LATE_FROM);
    String first = MAILBOXES.get(0);
    String victimName =
        holdings.entrySet().stream()
            .filter(e -> e.getValue().contains(first))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    DaemonProcess victim = daemons.get(victimName);
    List<String> victimMailboxes =
        holdings.get(victimName).stream().filter(MAILBOXES::contains).toList();
    long casesAtKill =
        await("the holder of " + first + " in the middle of its batch")
            .atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () ->
                    db.count(
                        "select count(*) from escalation_case where mailbox = '" + first + "'"),
                n -> n >= 20);
    Map<String, Map<String, Object>> victimBoxes = mailboxes(victim);
    victim.kill();
    long killed = System.nanoTime();
    deliver(LATE_FROM, LETTERS);

    List<DaemonProcess> survivors = daemons.values().stream().filter(d -> d != victim).toList();
    // read from the lock table, where a take-over happens, rather than over HTTP from busy nodes
    await("another node holds " + victimMailboxes)
        .atMost(TAKE_OVER)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> heldBy(victimMailboxes, NODES.stream().filter(n -> !n.equals(victimName))));
    long takeOverMillis = (System.nanoTime() - killed) / 1_000_000;

    await("a case for every letter")
        .atMost(Duration.ofMinutes(8))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> db.count("select count(*) from escalation_case"), n -> n >= ALL);
    // each drill case: two reminders to the officer, the breach to the director, the notice to the
    // officer; from the timers of whichever node fired them
    await("the drill cases' timers")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                db.count(
                    "select count(*) from outbox o join escalation_case c on c.id = o.case_id"
                        + " where c.policy = 'drill' and o.kind in ('reminder','breach','notice')"
                        + " and o.recipient in ('"
                        + DRILL_OFFICER
                        + "','"
                        + DRILL_DIRECTOR
                        + "')"),
            n -> n >= 4L * DRILLS * MAILBOXES.size());
    await("every outbox row sent and received")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                db.count("select count(*) from outbox where status <> 'sent'") == 0
                    && receivedIds().keySet().containsAll(outboxRows().keySet()));

    // one case per letter, one escalation per case
    assertThat(db.count("select count(*) from escalation_case")).isEqualTo(ALL);
    assertThat(db.count("select count(distinct message_id) from escalation_case")).isEqualTo(ALL);
    assertThat(db.count("select count(*) from processed_message where outcome = 'case'"))
        .isEqualTo(ALL);
    assertThat(db.count("select count(*) from processed_message")).isEqualTo(ALL);
    for (String mailbox : MAILBOXES) {
      assertThat(db.count("select count(*) from escalation_case where mailbox = '" + mailbox + "'"))
          .as("cases from %s", mailbox)
          .isEqualTo(PER_MAILBOX);
    }
    assertThat(db.count("select count(*) from outbox where kind = 'escalation'")).isEqualTo(ALL);
    assertThat(db.count("select count(distinct case_id) from outbox where kind = 'escalation'"))
        .isEqualTo(ALL);
    assertThat(SentEscalations.idsByCase(executives))
        .hasSize(ALL)
        .allSatisfy((c, ids) -> assertThat(ids).hasSize(1));

    // every due timer fired once: one row each, fired, and one mail per timer
    Instant checked = Instant.now();
    assertThat(
            db.count(
                "select count(*) from sla_timer where cancelled_at is null and fired_at is null"
                    + " and due_at < timestamptz '"
                    + checked.minusSeconds(10)
                    + "'"))
        .as("due timers not fired")
        .isZero();
    long drillTimersFired =
        db.count(
            "select count(*) from sla_timer t join escalation_case c on c.id = t.case_id"
                + " where c.policy = 'drill' and t.level = 0 and t.fired_at is not null"
                + " and t.kind in ('REMIND_ACK','BREACH_ACK')");
    assertThat(drillTimersFired).isEqualTo(3L * DRILLS * MAILBOXES.size());
    assertThat(
            db.count(
                "select count(*) from outbox o join escalation_case c on c.id = o.case_id"
                    + " where c.policy = 'drill' and o.kind = 'reminder' and o.recipient = '"
                    + DRILL_OFFICER
                    + "'"))
        .isEqualTo(2L * DRILLS * MAILBOXES.size());
    assertThat(
            db.count(
                "select count(*) from outbox o join escalation_case c on c.id = o.case_id"
                    + " where c.policy = 'drill' and o.kind = 'breach' and o.recipient = '"
                    + DRILL_DIRECTOR
                    + "'"))
        .isEqualTo((long) DRILLS * MAILBOXES.size());
    assertThat(
            db.count(
                "select count(*) from outbox o join escalation_case c on c.id = o.case_id"
                    + " where c.policy = 'drill' and o.kind = 'notice' and o.recipient = '"
                    + DRILL_OFFICER
                    + "'"))
        .isEqualTo((long) DRILLS * MAILBOXES.size());

    // every outbox row reached the mail server; twice only if the killed node had claimed it
    Map<String, Integer> attempts = outboxRows();
    Map<String, Integer> received = receivedIds();
    assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(attempts.keySet());
    long resent = 0;
    for (Map.Entry<String, Integer> row : attempts.entrySet()) {
      int times = received.get(row.getKey());
      assertThat(times).as("copies of %s", row.getKey()).isBetween(1, row.getValue());
      resent += times > 1 ? 1 : 0;
    }
    assertThat(resent).as("mails sent twice").isLessThanOrEqualTo(50);

    // one reader per mailbox: the nodes' own counters of messages read
    Map<String, Map<String, Map<String, Object>>> boxesByNode = new TreeMap<>();
    for (DaemonProcess d : survivors) {
      boxesByNode.put(nameOf(d), mailboxes(d));
    }
    Map<String, String> readers = new TreeMap<>();
    for (String mailbox : MAILBOXES) {
      List<String> readBy = new ArrayList<>();
      boxesByNode.forEach(
          (node, boxes) -> {
            if (messagesRead(boxes, mailbox) > 0) {
              readBy.add(node + "=" + messagesRead(boxes, mailbox));
            }
          });
      if (victimMailboxes.contains(mailbox)) {
        assertThat(readBy).as("survivors that read %s", mailbox).hasSize(1);
        readers.put(mailbox, victimName + "=" + messagesRead(victimBoxes, mailbox) + "+ " + readBy);
      } else {
        assertThat(readBy).as("nodes that read %s", mailbox).hasSize(1);
        assertThat(readBy.get(0)).endsWith("=" + PER_MAILBOX);
        assertThat(messagesRead(victimBoxes, mailbox))
            .as("%s read by %s", mailbox, victimName)
            .isZero();
        readers.put(mailbox, readBy.get(0));
      }
    }
    System.out.printf(
        "three daemons: started in %d ms; %d letters in %d mailboxes; %s killed after %d cases of"
            + " %s, its %s held by another node %d ms after the kill (take-over %d s); readers"
            + " %s; %d drill timers fired once; %d outbox rows, %d sent twice; %d s in all%n",
        startedIn,
        ALL,
        MAILBOXES.size(),
        victimName,
        casesAtKill,
        first,
        victimMailboxes,
        takeOverMillis,
        TAKE_OVER.toSeconds(),
        readers,
        drillTimersFired,
        attempts.size(),
        resent,
        (System.nanoTime() - began) / 1_000_000_000);
  }

  /** {@code /api/cluster} marks the odd node, and that node's health component warns. */
  @SuppressWarnings("unchecked")
  private void assertRulesMismatchShown(String odd) throws Exception {
    Map<String, Object> cluster =
        (Map<String, Object>) daemons.get(NODES.get(0)).json("/api/cluster");
    assertThat(cluster.get("rulesAgree")).isEqualTo(false);
    Map<String, Boolean> differs = new TreeMap<>();
    for (Map<String, Object> n : (List<Map<String, Object>>) cluster.get("nodes")) {
      differs.put((String) n.get("node"), (Boolean) n.get("rulesDiffer"));
    }
    assertThat(differs)
        .containsEntry(odd, true)
        .containsEntry(NODES.get(0), false)
        .containsEntry(NODES.get(1), false);
    Map<String, Object> health = (Map<String, Object>) daemons.get(odd).json("/actuator/health");
    Map<String, Object> component =
        (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("cluster");
    assertThat(component.get("status")).isEqualTo("UP");
    assertThat(((Map<String, Object>) component.get("details")).get("warning"))
        .isEqualTo("this node runs other rules than the others");
  }

  private String nameOf(DaemonProcess d) {
    return daemons.entrySet().stream()
        .filter(e -> e.getValue() == d)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Whether each of these sources' locks in {@code int_lock} belongs to one of {@code nodes} and is
   * unexpired. Spring Integration keys the rows by a name-based UUID of the source, with the node's
   * name as client and expiry times in UTC.
   */
  private boolean heldBy(List<String> sources, Stream<String> nodes) throws Exception {
    Set<String> clients = nodes.collect(Collectors.toSet());
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      for (String source : sources) {
        List<String> holder =
            SqlRows.strings(
                s,
                "select client_id from int_lock where region = 'escalation-router' and lock_key = '"
                    + UUIDConverter.getUUID(source)
                    + "' and expired_after > (now() at time zone 'UTC')");
        if (holder.isEmpty() || !clients.contains(holder.get(0).trim())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Each outbox row's Message-ID and how many times a sender claimed it. */
  private Map<String, Integer> outboxRows() throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      List<String> ids = SqlRows.strings(s, "select message_id from outbox order by id");
      List<Long> attempts = SqlRows.longs(s, "select attempts from outbox order by id");
      Map<String, Integer> rows = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        rows.put(ids.get(i), attempts.get(i).intValue());
      }
      return rows;
    }
  }

  /** How many copies of each Message-ID the executives' mail server received. */
  private Map<String, Integer> receivedIds() throws Exception {
    Map<String, Integer> copies = new HashMap<>();
    for (MimeMessage m : executives.getReceivedMessages()) {
      copies.merge(m.getMessageID(), 1, Integer::sum);
    }
    return copies;
  }
}
