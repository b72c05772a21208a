package org.escalationrouter.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import org.escalationrouter.cases.BodyStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Large bodies live in files: export reads them, and deleting the last row that needs one deletes
 * it.
 */
class RawBodiesTest {

  @TempDir Path dir;

  @Test
  void aStoredFileIsReadBackAndDeletedWithTheLastRowThatNeedsIt() throws Exception {
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:bodies" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(db).load().migrate();
    JdbcClient jdbc = JdbcClient.create(db);
    BodyStore store = new BodyStore(dir, 16);
    RawBodies bodies = new RawBodies(jdbc, store);
    byte[] message =
        "From: jane@example.com\r\nSubject: Fee\r\n\r\nPlease forward this to your CEO.\r\n"
            .getBytes(StandardCharsets.UTF_8);
    // the same message held twice (two mailboxes): one file, two rows
    long first = hold(jdbc, store.store(message));
    long second = hold(jdbc, store.store(message));
    Path file = dir.resolve(store.store(message).file());
    assertThat(file).exists();

    assertThat(bodies.quarantined(first)).hasValue(message);

    bodies.deleteQuarantined(first);
    assertThat(file).as("still needed by the second row").exists();
    assertThat(bodies.quarantined(second)).hasValue(message);

    bodies.deleteQuarantined(second);
    assertThat(file).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  private static long hold(JdbcClient jdbc, BodyStore.Stored raw) {
    jdbc.sql(
            "insert into quarantine (mailbox, source, reason, raw, raw_file, raw_sha256, raw_size,"
                + " status, received_at) values ('support', 'uid 1', 'test', ?, ?, ?, ?, 'held', ?)")
        .params(
            raw.inlineOrEmpty(),
            raw.file(),
            raw.sha256(),
            raw.size(),
            Timestamp.from(Instant.parse("2026-12-05T10:00:00Z")))
        .update();
    return jdbc.sql("select max(id) from quarantine").query(Long.class).single();
  }
}
