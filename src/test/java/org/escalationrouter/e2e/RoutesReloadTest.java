package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin edits routes/ under the running daemon: applied within seconds, Java routes stay. */
class RoutesReloadTest {

  @TempDir Path work;

  @Test
  void editsAreAppliedLiveAndBrokenOnesAreShownNotApplied() throws Exception {
    Path routes = Files.createDirectories(work.resolve("routes"));
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.toList()) {
        Files.copy(f, routes.resolve(f.getFileName()));
      }
    }
    try (Daemon daemon = new Daemon(work).start("--escalation.routes.dir=" + routes)) {
      String before = String.valueOf(daemon.get("/api/routes").get("version"));
      Path rules = routes.resolve("escalation.camel.yaml");
      Files.writeString(
          rules,
          Files.readString(rules)
              .replace("escalate:coo?policy=legal", "escalate:head-of-legal?policy=legal"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !before.equals(String.valueOf(daemon.get("/api/routes").get("version"))));

      Files.writeString(rules, Files.readString(rules).replace("- choice:", "- choice: [broken"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !((List<?>) daemon.get("/api/routes").get("lastReloadProblems")).isEmpty());
      assertThat(daemon.get("/actuator/health").toString()).contains("rejectedEdit");
      assertThat(daemon.bean(CamelContext.class).getRoute("case-pipeline")).isNotNull();
      assertThat(daemon.bean(CamelContext.class).getRoute("letters-intake")).isNotNull();
    }
  }
}
