package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.escalationrouter.e2e.Daemon;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The mailboxes page with several daemons on one database: which daemon reads each mailbox, each
 * daemon's rules version and last heartbeat, and the rules mismatch. The daemon under test shares
 * its (H2) database with two peers whose heartbeats the test writes: one live, reading the drop
 * folder on other rules, with an address a hostile operator typed; one silent for ten minutes.
 */
class ClusterPageTest {

  private static final String PEER_RULES = "0123456789ab";

  @TempDir static Path work;
  private static Daemon daemon;

  @BeforeAll
  static void startOneOfThreeDaemons() {
    // the peers' heartbeats are in the database before this daemon's first tick, so it takes its
    // share at once: the drop folder is router-2's, the two mailboxes are left for router-1
    String url = "jdbc:h2:file:" + work.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    JdbcClient db = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
    Instant now = Instant.now();
    // the live peer's heartbeat is dated ahead, so it stays live however long the test takes
    beat(db, "router-2", "<script>alert(1)</script>", PEER_RULES, "letters", now.plusSeconds(3600));
    beat(db, "router-3", "router-3:8080", PEER_RULES, "", now.minusSeconds(600));
    daemon =
        ExecutiveLogins.start(
            work,
            "--spring.datasource.url=" + url,
            "--escalation.cluster.enabled=true",
            "--escalation.cluster.node=router-1",
            "--escalation.cluster.take-over=1s");
  }

  private static void beat(
      JdbcClient db, String node, String address, String rules, String sources, Instant seen) {
    db.sql(
            "insert into cluster_node (node_id, address, rules_version, sources, started_at,"
                + " last_seen) values (?, ?, ?, ?, ?, ?)")
        .params(node, address, rules, sources, Timestamp.from(seen), Timestamp.from(seen))
        .update();
  }

  @AfterAll
  static void stop() {
    daemon.close();
  }

  private static WebSession admin() throws Exception {
    WebSession admin = new WebSession(daemon);
    assertThat(admin.logIn("admin", Daemon.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    return admin;
  }

  @Test
  void theMailboxesPageShowsWhichDaemonReadsEachMailboxAndTheRulesMismatch() throws Exception {
    WebSession admin = admin();
    String page =
        await("router-1 reads both mailboxes")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> admin.get("/mailboxes").body(),
                // the mailbox table and this daemon's row in the daemons table are read from the
                // lock and from the heartbeat, which follows it: wait for both
                body ->
                    body.contains("<td>support</td>\n      <td>router-1 (this daemon)</td>")
                        && body.contains("<td>bounces</td>\n      <td>router-1 (this daemon)</td>")
                        && body.contains(
                            "<span class=\"chip\">bounces</span><span class=\"chip\">support</span>"));

    String daemons = page.substring(page.indexOf("<h2 id=\"daemons\">"));
    assertThat(row(daemons, "router-1"))
        .contains("<span class=\"chip\">bounces</span><span class=\"chip\">support</span>")
        .doesNotContain("letters")
        .contains("differs")
        .contains(">live<");
    assertThat(row(daemons, "router-2"))
        .contains("<span class=\"chip\">letters</span>")
        .contains("<code>" + PEER_RULES + "</code>")
        .contains("differs")
        .contains(">live<");
    assertThat(row(daemons, "router-3"))
        .contains("nothing")
        .contains(">silent<")
        .doesNotContain("differs");
    assertThat(daemons).contains("The daemons run different rules");
    assertThat(page)
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void onlyTheAdminSeesTheDaemons() throws Exception {
    WebSession hale = new WebSession(daemon);
    assertThat(hale.logIn("hale", ExecutiveLogins.HALE_PASSWORD).statusCode()).isEqualTo(302);
    assertThat(hale.get("/mailboxes").statusCode()).isEqualTo(403);
    assertThat(
            hale.getWithBasic("/api/cluster", "hale", ExecutiveLogins.HALE_PASSWORD).statusCode())
        .isEqualTo(403);
    HttpResponse<String> anonymous = new WebSession(daemon).get("/mailboxes");
    assertThat(anonymous.statusCode()).isEqualTo(302);
  }

  /** The table row naming {@code node}. */
  private static String row(String html, String node) {
    int at = html.indexOf("<span>" + node + "</span>");
    assertThat(at).as("a row for %s", node).isNotNegative();
    return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
  }
}
