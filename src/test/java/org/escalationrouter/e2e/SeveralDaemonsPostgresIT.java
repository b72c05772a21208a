package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two daemons on one PostgreSQL database and one IMAP mailbox (a GreenMail in this JVM), the second
 * running an edited copy of the rules. Only the node holding the mailbox reads it; when that node
 * stops mid-batch the other takes the mailbox over within the configured take-over time, and every
 * letter becomes exactly one case. The tables live in a schema of their own, so the test leaves the
 * other tests' {@code public} schema alone.
 */
class SeveralDaemonsPostgresIT {

  private static final String SCHEMA = "several_daemons_it";
  private static final Duration TAKE_OVER = Duration.ofSeconds(3);

  @TempDir Path work;
  private GreenMail mail;
  private PostgresSchema db;

  @BeforeEach
  void startMailboxAndEmptySchema() throws Exception {
    mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(MailFixtures.freePort(), "127.0.0.1", "smtp"),
              new ServerSetup(MailFixtures.freePort(), "127.0.0.1", "imap")
            });
    mail.setUser("support@localhost", "support", "support");
    mail.start();
    db = PostgresSchema.fresh(SCHEMA);
  }

  @AfterEach
  void stopMailbox() {
    mail.stop();
  }

  private Daemon start(String node, Path routes) {
    // the drop folder on storage the nodes share
    List<String> args = db.clusterArgs(node, TAKE_OVER, work.resolve("shared-letters"));
    args.addAll(
        List.of(
            "--escalation.routes.dir=" + routes,
            "--escalation.intake.mailboxes[0].name=support",
            "--escalation.intake.mailboxes[0].protocol=imap",
            "--escalation.intake.mailboxes[0].host=127.0.0.1",
            "--escalation.intake.mailboxes[0].port=" + mail.getImap().getPort(),
            "--escalation.intake.mailboxes[0].username=support",
            "--escalation.intake.mailboxes[0].password=support"));
    return new Daemon(work.resolve(node)).start(args.toArray(String[]::new));
  }

  private void send(int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      MailFixtures.send(
          mail.getSmtp().getPort(),
          "customer" + i + "@example.org",
          "support@localhost",
          "Unanswered complaint " + i,
          "Please forward this letter to the principals of the firm. My reference is " + i + ".",
          "<several-" + i + "@example.org>");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> support(Daemon daemon) {
    List<Map<String, Object>> boxes =
        daemon.api().get().uri(daemon.url("/api/mailboxes")).retrieve().body(List.class);
    return boxes.stream().filter(m -> "support".equals(m.get("name"))).findFirst().orElseThrow();
  }

  private static long read(Daemon daemon) {
    return ((Number) support(daemon).get("messagesRead")).longValue();
  }

  private static String owner(Daemon daemon) {
    return (String) support(daemon).get("owner");
  }

  /** The repository's rules with one comment added: another rules version. */
  private Path editedRules() throws IOException {
    Path copy = work.resolve("routes-edited");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        copy.resolve("executives.yaml"), "\n# edited on node b only\n", StandardOpenOption.APPEND);
    return copy;
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneNodeReadsTheMailboxAndTheOtherTakesItOverWithoutLossOrDuplicate() throws Exception {
    Daemon a = start("a", Path.of("routes").toAbsolutePath());
    Daemon b = start("b", editedRules());
    try {
      // the two sources (the mailbox and the drop folder) spread, one per node
      await("the sources spread")
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                // read each node's view once: the owner may change between two reads
                String seenByA = owner(a);
                return seenByA != null
                    && seenByA.equals(owner(b))
                    && ((List<Map<String, Object>>) a.get("/api/cluster").get("nodes"))
                        .stream().allMatch(n -> ((List<?>) n.get("sources")).size() == 1);
              });
      Daemon holder = "a".equals(owner(b)) ? a : b;
      Daemon other = holder == a ? b : a;

      send(0, 20);
      await("20 cases").atMost(Duration.ofSeconds(120)).until(() -> a.cases().size() == 20);
      assertThat(read(holder)).as("messages the holder read").isEqualTo(20);
      assertThat(read(other)).as("messages the other node read").isZero();

      // the nodes run different rules: both say so
      Map<String, Object> cluster = a.get("/api/cluster");
      assertThat(cluster.get("rulesAgree")).isEqualTo(false);
      Map<String, Object> health =
          (Map<String, Object>)
              ((Map<String, Object>) b.get("/actuator/health").get("components")).get("cluster");
      assertThat(health.get("status")).isEqualTo("UP");
      assertThat((Map<String, Object>) health.get("details")).containsKey("warning");

      // the holder stops in the middle of a batch
      send(20, 60);
      await("some of the batch").atMost(Duration.ofSeconds(120)).until(() -> a.cases().size() > 25);
      long stopping = System.nanoTime();
      holder.stop();
      long stopped = System.nanoTime();
      String survivor = holder == a ? "b" : "a";
      await("take-over")
          .atMost(TAKE_OVER)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> survivor.equals(owner(other)));
      long took = System.nanoTime();
      System.out.printf(
          "take-over: %d ms after the holder's stop returned (stop itself %d ms)%n",
          (took - stopped) / 1_000_000, (stopped - stopping) / 1_000_000);

      // the holder may have read the whole batch before it stopped (the window and fetch-ahead
      // make a small batch quick); what arrives after the stop only the survivor can read
      send(60, 80);
      await("80 cases").atMost(Duration.ofSeconds(180)).until(() -> other.cases().size() >= 80);
      assertThat(other.cases()).hasSize(80);
      assertThat(read(other)).as("messages the survivor read").isPositive();
      assertThat(db.count("select count(*) from escalation_case")).isEqualTo(80);
      assertThat(db.count("select count(distinct message_id) from escalation_case")).isEqualTo(80);
      assertThat(db.count("select count(*) from processed_message")).isEqualTo(80);
    } finally {
      a.stop();
      b.stop();
    }
  }
}
