package org.escalationrouter.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.escalationrouter.adminfiles.Problem;
import org.escalationrouter.facts.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * Endpoints in rules are checked by Camel's endpoint factory: an unknown component, an unknown
 * option or an unresolved placeholder is reported at its file and line, and at start the daemon
 * runs without that rule instead of refusing to start.
 */
class EndpointValidationTest {

  private static final String LEGAL_RULE = "                  - to: escalate:coo?policy=legal\n";

  @TempDir Path dir;

  @BeforeEach
  void copyShippedRoutes() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  /** Puts {@code step} before the legal rule's escalate step; returns the step's line. */
  private int addToLegalRule(String step) throws IOException {
    Path rules = dir.resolve("escalation.camel.yaml");
    String text = Files.readString(rules);
    assertThat(text).contains(LEGAL_RULE);
    Files.writeString(
        rules, text.replace(LEGAL_RULE, "                  - to: " + step + "\n" + LEGAL_RULE));
    return RouteSet.lineOf(Files.readString(rules), step);
  }

  private List<String> problems() {
    return RouteSet.read(dir).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void anUnknownComponentIsReportedAtItsLine() throws IOException {
    int line = addToLegalRule("\"slack:#board?webhookUrl=x\"");
    assertThat(problems())
        .containsExactly(
            "escalation.camel.yaml:"
                + line
                + ": unknown component 'slack' in slack:#board?webhookUrl=x"
                + " (no such Camel component is shipped)");
  }

  @Test
  void anUnknownOptionIsReportedAtItsLine() throws IOException {
    // (http and https pass unknown options on to the server as query parameters: Camel's choice)
    int line = addToLegalRule("\"log:audit?level=INFO&showBdy=true\"");
    assertThat(problems())
        .containsExactly(
            "escalation.camel.yaml:"
                + line
                + ": unknown option(s) [showBdy] in log:audit?level=INFO&showBdy=true");
  }

  @Test
  void anUnknownNotifyFormatOrAMissingWebhookIsReported() throws IOException {
    int line = addToLegalRule("\"notify:irc?webhook=https://chat.example.org/hook\"");
    addToLegalRule("notify:slack");
    assertThat(problems())
        .anySatisfy(p -> assertThat(p).startsWith("escalation.camel.yaml:" + line + ": "))
        .anySatisfy(p -> assertThat(p).contains("unknown notify format 'irc'"))
        .anySatisfy(p -> assertThat(p).contains("notify needs ?webhook=URL"));
  }

  @Test
  void anUnresolvedPlaceholderIsReportedWithoutTheSecretsOfOthers() throws IOException {
    int line = addToLegalRule("\"notify:slack?webhook={{NO_SUCH_HOOK_FOR_THIS_TEST}}\"");
    assertThat(problems())
        .containsExactly(
            "escalation.camel.yaml:"
                + line
                + ": unresolved placeholder {{NO_SUCH_HOOK_FOR_THIS_TEST}} in"
                + " notify:slack?webhook={{NO_SUCH_HOOK_FOR_THIS_TEST}}");
  }

  @Test
  void aPlaceholderResolvedFromTheDaemonsSettingsIsAccepted() throws IOException {
    addToLegalRule("\"notify:teams?webhook={{TEAMS_HOOK}}\"");
    assertThat(RouteSet.read(dir, Map.of("TEAMS_HOOK", "https://x.example.org/w")::get).problems())
        .isEmpty();
  }

  @Test
  void theDaemonStartsWithoutTheBrokenRuleAndSaysSo() throws Exception {
    addToLegalRule("\"notify:slack?webhook={{NO_SUCH_HOOK_FOR_THIS_TEST}}\"");
    LiveRules rules = new LiveRules(new RoutesSettings(dir), new MockEnvironment());
    try {
      assertThat(rules.startProblems())
          .extracting(Problem::message)
          .containsExactly(
              "unresolved placeholder {{NO_SUCH_HOOK_FOR_THIS_TEST}} in"
                  + " notify:slack?webhook={{NO_SUCH_HOOK_FOR_THIS_TEST}}");
      assertThat(rules.leftOutAtStart()).containsExactly("rule legal-threat-to-coo");
      // the other rules run: the principal still reaches the CEO
      assertThat(decide(rules, "principal-request").executiveId()).isEqualTo("ceo");
      // the broken rule is left out: a legal threat falls through to the next matching rule
      assertThat(decide(rules, "legal-threat").rule())
          .isEqualTo("medium-or-higher-to-head-of-service");
    } finally {
      rules.destroy();
    }
  }

  @Test
  void aFileThatCannotBeReadAtAllLeavesARuleThatRecordsEveryCase() throws Exception {
    Files.writeString(dir.resolve("escalation.camel.yaml"), "- route: [broken\n");
    LiveRules rules = new LiveRules(new RoutesSettings(dir), new MockEnvironment());
    try {
      assertThat(rules.startProblems()).isNotEmpty();
      assertThat(rules.leftOutAtStart()).contains("the rules of escalation.camel.yaml");
      RoutingDecision d = decide(rules, "legal-threat");
      assertThat(d.escalates()).isFalse();
      assertThat(d.rule()).isEqualTo("no-valid-rules");
    } finally {
      rules.destroy();
    }
  }

  @Test
  void aValidEditAfterABrokenStartClearsTheReport() throws Exception {
    Path rules = dir.resolve("escalation.camel.yaml");
    String good = Files.readString(rules);
    addToLegalRule("\"log:x?noSuchOption=1\"");
    LiveRules live = new LiveRules(new RoutesSettings(dir), new MockEnvironment());
    try {
      assertThat(live.startProblems()).hasSize(1);
      Files.writeString(rules, good);
      assertThat(live.reload()).isEmpty();
      assertThat(live.startProblems()).isEmpty();
      assertThat(live.leftOutAtStart()).isEmpty();
      assertThat(decide(live, "legal-threat").executiveId()).isEqualTo("coo");
    } finally {
      live.destroy();
    }
  }

  private static RoutingDecision decide(LiveRules rules, String signal) {
    return rules.decide(
        new CaseFacts(Severity.HIGH, Set.of(signal), "support", "", "en", false, null, false));
  }
}
