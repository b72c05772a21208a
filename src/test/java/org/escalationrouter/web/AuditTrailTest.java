package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.escalationrouter.e2e.Daemon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every act the audit trail must hold, done on a running daemon, then read back at /api/audit: who,
 * from where, what and the outcome. An executive may read neither the API nor the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest {

  @TempDir static Path work;
  private static Daemon daemon;
  private static Path routes;

  /** The database settings of the daemon: none, so the embedded H2. */
  List<String> database() {
    return List.of();
  }

  @BeforeAll
  void start() throws Exception {
    routes = Files.createDirectories(work.resolve("routes"));
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, routes.resolve(f.getFileName()));
      }
    }
    List<String> args = new java.util.ArrayList<>(database());
    args.add("--escalation.routes.dir=" + routes);
    daemon = ExecutiveLogins.start(work, args.toArray(String[]::new));
  }

  @AfterAll
  void stop() {
    daemon.close();
  }

  @Test
  void loginsViewsAcknowledgementsReprocessingAndReloadsAreRecorded() throws Exception {
    WebSession admin = new WebSession(daemon);
    assertThat(admin.logIn("admin", Daemon.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    new WebSession(daemon).getWithBasic("/api/cases", "admin", "wrong-guess");
    daemon.send(
        "olga@example.com",
        "support@localhost",
        "Disputed fee",
        "Please forward this letter to the principals of the firm.",
        "<audit-1@example.com>");
    await().atMost(Duration.ofSeconds(30)).until(() -> !daemon.cases().isEmpty());
    String caseId = String.valueOf(daemon.cases().get(0).get("id"));
    assertThat(admin.get("/cases/" + caseId).statusCode()).isEqualTo(200);
    WebSession script = new WebSession(daemon);
    script.getWithBasic("/api/cases/" + caseId, "hale", ExecutiveLogins.HALE_PASSWORD);
    script.postWithBasic(
        "/api/cases/" + caseId + "/acknowledge", "hale", ExecutiveLogins.HALE_PASSWORD);
    script.postWithBasic("/api/cases/" + caseId + "/resolve", "admin", Daemon.ADMIN_PASSWORD);
    script.postWithBasic("/api/quarantine/424242/reprocess", "admin", Daemon.ADMIN_PASSWORD);
    Path policies = routes.resolve("sla-policies.yaml");
    Files.writeString(policies, Files.readString(policies) + "\n# edited by the audit test\n");
    await().atMost(Duration.ofSeconds(20)).until(() -> !entries("rules-reload").isEmpty());

    assertThat(entries("login"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("actor", "admin")
                    .containsEntry("outcome", "success")
                    .containsEntry("source", "127.0.0.1"));
    assertThat(entries("login-failed"))
        .anySatisfy(
            e -> assertThat(e).containsEntry("actor", "admin").containsEntry("outcome", "refused"));
    assertThat(entries("case-view"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("actor", "admin")
                    .containsEntry("target", caseId)
                    .containsEntry("detail", "page"))
        .anySatisfy(
            e -> assertThat(e).containsEntry("actor", "hale").containsEntry("detail", "API"));
    assertThat(entries("acknowledge"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("actor", "hale")
                    .containsEntry("target", caseId)
                    .containsEntry("outcome", "done"));
    assertThat(entries("resolve"))
        .anySatisfy(
            e -> assertThat(e).containsEntry("actor", "admin").containsEntry("outcome", "done"));
    assertThat(entries("quarantine-reprocess"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("target", "quarantine 424242")
                    .containsEntry("outcome", "not-held"));
    assertThat(entries("rules-reload"))
        .anySatisfy(
            e ->
                assertThat(e).containsEntry("actor", "daemon").containsEntry("outcome", "applied"));
    assertThat(admin.get("/audit").body()).contains("case-view", caseId, "rules-reload");
  }

  @Test
  void anExecutiveCannotReadTheAuditTrail() throws Exception {
    WebSession hale = new WebSession(daemon);
    assertThat(hale.getWithBasic("/api/audit", "hale", ExecutiveLogins.HALE_PASSWORD).statusCode())
        .isEqualTo(403);
    assertThat(hale.logIn("hale", ExecutiveLogins.HALE_PASSWORD).statusCode()).isEqualTo(302);
    assertThat(hale.get("/audit").statusCode()).isEqualTo(403);
    assertThat(hale.get("/").body()).doesNotContain("href=\"/audit\"");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(String action) {
    return daemon
        .api()
        .get()
        .uri(daemon.url("/api/audit?action=" + action))
        .retrieve()
        .body(List.class);
  }
}
