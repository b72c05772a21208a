package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Erasure and export of one person on the default H2 database (the scenario: ErasureScenario), and
 * the daemon's log of all it did: no address or name of the customer at INFO or above.
 */
class SubjectErasureTest {

  @TempDir Path work;

  @Test
  void erasureLeavesNoRowWithTheAddressOrNameAndTheLogsNeverNamedThePerson() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      ListAppender<ILoggingEvent> log = new ListAppender<>();
      log.start();
      root.addAppender(log);
      try {
        ErasureScenario.run(daemon);
      } finally {
        root.detachAppender(log);
      }
      List<String> info =
          log.list.stream()
              .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
              .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
              .toList();
      assertThat(info).as("the daemon logged its work").anyMatch(l -> l.contains("became ESC-"));
      assertThat(info)
          .noneMatch(l -> l.toLowerCase().contains(ErasureScenario.ADDRESS))
          .noneMatch(l -> l.contains(ErasureScenario.NAME))
          .noneMatch(l -> l.contains("husband"));
    }
  }
}
