package org.escalationrouter.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.escalationrouter.adminfiles.Problem;
import org.escalationrouter.facts.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits under running rules: a valid one is applied whole, a broken one changes nothing. */
class LiveReloadTest {

  @TempDir Path dir;

  private LiveRules start() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return new LiveRules(
        new RoutesSettings(dir), new org.springframework.core.env.StandardEnvironment());
  }

  private static String principalGoesTo(LiveRules rules) {
    return rules
        .decide(
            new CaseFacts(
                Severity.HIGH,
                Set.of("principal-request"),
                "support",
                "",
                "en",
                false,
                null,
                false))
        .executiveId();
  }

  private void edit(String from, String to) throws IOException {
    Path rules = dir.resolve("escalation.camel.yaml");
    Files.writeString(rules, Files.readString(rules).replace(from, to));
  }

  @Test
  void validEditIsAppliedAndBrokenEditKeepsTheOldRules() throws Exception {
    LiveRules rules = start();
    try {
      String before = rules.routes().version();
      assertThat(principalGoesTo(rules)).isEqualTo("ceo");

      edit("escalate:ceo?policy=principal", "escalate:chief-of-staff?policy=principal");
      rules.reloadIfChanged();
      assertThat(principalGoesTo(rules)).isEqualTo("chief-of-staff");
      assertThat(rules.routes().version()).isNotEqualTo(before);
      assertThat(rules.lastProblems()).isEmpty();

      edit("escalate:chief-of-staff?policy=principal", "escalate:nobody?policy=principal");
      rules.reloadIfChanged();
      assertThat(rules.lastProblems())
          .extracting(Problem::toString)
          .anySatisfy(
              p ->
                  assertThat(p)
                      .matches("escalation\\.camel\\.yaml:\\d+: unknown executive 'nobody'.*"));
      assertThat(principalGoesTo(rules)).isEqualTo("chief-of-staff");
    } finally {
      rules.destroy();
    }
  }

  @Test
  void unchangedFolderIsNotReloaded() throws Exception {
    LiveRules rules = start();
    try {
      RouteSet before = rules.routes();
      rules.reloadIfChanged();
      assertThat(rules.routes()).isSameAs(before);
    } finally {
      rules.destroy();
    }
  }
}
