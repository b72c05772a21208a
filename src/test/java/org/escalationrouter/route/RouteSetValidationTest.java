package org.escalationrouter.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.escalationrouter.adminfiles.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of broken edit an admin can make is found, with the file and line to fix. */
class RouteSetValidationTest {

  @TempDir Path dir;

  @BeforeEach
  void copyShippedRoutes() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  @Test
  void shippedRoutesAreValid() {
    assertThat(RouteSet.read(dir).problems()).isEmpty();
  }

  @Test
  void shippedRoutesNeedNoAdvice() {
    assertThat(RouteSet.read(dir).advice()).isEmpty();
  }

  @Test
  void rulesWrittenBeforeTheUnreadHeaderAreAdvisedToAddItButStillRun() throws IOException {
    Path rules = dir.resolve("escalation.camel.yaml");
    String text = Files.readString(rules);
    int from = text.indexOf("              # a letter we could not read in full");
    int to = text.indexOf("            otherwise:", from);
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    Files.writeString(rules, text.substring(0, from) + text.substring(to));

    RouteSet set = RouteSet.read(dir);
    assertThat(set.problems()).isEmpty();
    assertThat(set.advice()).singleElement().asString().contains("${header.unread}");
  }

  @Test
  void unknownExecutiveInARuleIsReportedWithItsLine() throws IOException {
    replace("escalation.camel.yaml", "escalate:coo?policy=legal", "escalate:cto?policy=legal");
    assertThat(RouteSet.read(dir).problems())
        .extracting(Problem::toString)
        .anySatisfy(
            p ->
                assertThat(p).matches("escalation\\.camel\\.yaml:\\d+: unknown executive 'cto'.*"));
  }

  @Test
  void unknownPolicyIsReported() throws IOException {
    replace("escalation.camel.yaml", "policy=legal", "policy=lawyers");
    assertThat(RouteSet.read(dir).problems())
        .extracting(Problem::message)
        .contains("unknown SLA policy 'lawyers'");
  }

  @Test
  void unknownSignalNameIsReported() throws IOException {
    replace("escalation.camel.yaml", "contains 'legal-threat'", "contains 'lawsuit'");
    assertThat(RouteSet.read(dir).problems())
        .extracting(Problem::message)
        .contains("unknown signal 'lawsuit'");
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() throws IOException {
    replace("executives.yaml", "  - id: cfo\n", "  - id: cfo\n   broken: [\n");
    assertThat(RouteSet.read(dir).problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("executives.yaml");
              assertThat(p.line()).isPositive();
              assertThat(p.message()).startsWith("YAML syntax");
            });
  }

  @Test
  void managerChainThatLoopsIsReported() throws IOException {
    replace("executives.yaml", "    manager: null\n", "    manager: coo\n");
    assertThat(RouteSet.read(dir).problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("loops back"));
  }

  @Test
  void outOfOfficeEndingBeforeItStartsIsReported() throws IOException {
    replace(
        "executives.yaml", "outOfOffice: []", "outOfOffice: [{from: 2026-08-14, to: 2026-08-01}]");
    assertThat(RouteSet.read(dir).problems())
        .extracting(Problem::message)
        .contains("executive 'ceo': out of office ends before it starts");
  }

  @Test
  void policyWithNoTimeToAcknowledgeIsReported() throws IOException {
    replace("sla-policies.yaml", "acknowledge: 4h", "acknowledge: 0m");
    assertThat(RouteSet.read(dir).problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("acknowledge time must be positive"));
  }

  @Test
  void unknownDeputyIsReported() throws IOException {
    replace("executives.yaml", "deputy: finance-director", "deputy: nobody");
    assertThat(RouteSet.read(dir).problems())
        .extracting(Problem::message)
        .contains("executive 'cfo' names unknown executive 'nobody'");
  }

  @Test
  void duplicateRouteIdsAcrossFilesAreReported() throws IOException {
    Files.writeString(
        dir.resolve("more.camel.yaml"),
        "- route:\n    id: escalation-rules\n    from:\n      uri: direct:other\n      steps:\n        - to: escalate:none\n");
    assertThat(RouteSet.read(dir).problems())
        .extracting(Problem::message)
        .contains("duplicate route id 'escalation-rules'");
  }

  @Test
  void brokenCamelModelIsReported() throws IOException {
    replace("escalation.camel.yaml", "- choice:", "- chooze:");
    assertThat(RouteSet.read(dir).problems())
        .anySatisfy(p -> assertThat(p.file()).isEqualTo("escalation.camel.yaml"));
  }
}
