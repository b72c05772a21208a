package org.escalationrouter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jar's command line: a mistyped command is an error, every command explains itself. */
class CommandLineTest {

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        CommandLine.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMistypedCommandIsAnErrorThatListsTheCommandsInsteadOfStartingTheDaemon() {
    assertThat(CommandLine.isCommand("explian")).isTrue();
    Run r = run("explian", "x.eml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown command: explian").contains("explain FILE|DIR...");
  }

  @Test
  void springOptionsStillStartTheDaemon() {
    assertThat(CommandLine.isCommand("--spring.profiles.active=postgres")).isFalse();
    assertThat(CommandLine.isCommand("--server.port=8081")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"explain", "validate", "evaluate", "evaluate-bounces"})
  void everyCommandPrintsItsUsageForHelpAndDoesNothingElse(String command) {
    Run r = run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("usage: java -jar escalation-router.jar " + command);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void helpListsEveryCommand() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("explain", "validate", "evaluate", "evaluate-bounces", "--version");
  }

  @Test
  void versionPrintsTheBuildVersion() {
    Run r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("escalation-router ").doesNotContain("unknown");
  }
}
