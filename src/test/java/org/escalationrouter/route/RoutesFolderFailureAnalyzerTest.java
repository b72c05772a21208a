package org.escalationrouter.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A daemon started away from its routes folder says so in two lines, not in a stack trace. */
class RoutesFolderFailureAnalyzerTest {

  @Test
  void namesTheMissingFolderAndWhatToDoThroughAWrappingException() {
    RuntimeException startup =
        new IllegalStateException("Camel failed", new RoutesFolderMissing(Path.of("nowhere")));
    FailureAnalysis analysis = new RoutesFolderFailureAnalyzer().analyze(startup);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains(Path.of("nowhere").toAbsolutePath().toString());
    assertThat(analysis.getAction()).contains("--escalation.routes.dir");
  }

  @Test
  void leavesOtherFailuresToSpring() {
    assertThat(new RoutesFolderFailureAnalyzer().analyze(new IllegalStateException("other")))
        .isNull();
  }
}
