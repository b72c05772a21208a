package org.escalationrouter.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is append-only in the database (migration V92), whatever the code does: an UPDATE
 * or a DELETE of an entry fails, and only the retention purge removes entries older than its
 * cut-off. Run on H2 ({@link AppendOnlyAuditTest}) and PostgreSQL ({@link
 * AppendOnlyAuditPostgresIT}).
 */
abstract class AppendOnlyAuditContract {

  static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  /** A database migrated to the latest version, its own for each test. */
  abstract DataSource migratedDatabase();

  private JdbcClient jdbc;
  private AuditTrail trail;
  private TransactionTemplate tx;

  private void open(Instant at) {
    DataSource db = migratedDatabase();
    jdbc = JdbcClient.create(db);
    trail = new AuditTrail(jdbc, Clock.fixed(at, ZoneOffset.UTC));
    tx = new TransactionTemplate(new DataSourceTransactionManager(db));
  }

  private long entry(Instant at, String target) {
    new AuditTrail(jdbc, Clock.fixed(at, ZoneOffset.UTC))
        .record("admin", "127.0.0.1", AuditAction.CASE_VIEW, target, "shown", null);
    return jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
  }

  private long rows() {
    return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
  }

  @Test
  void anUpdateOfAFreshEntryFails() {
    open(NOW);
    long id = entry(NOW, "ESC-1");

    assertThatThrownBy(
            () ->
                jdbc.sql("update audit_entry set outcome = 'denied', actor = 'x' where id = ?")
                    .param(id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.sql("select actor from audit_entry where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("admin");
  }

  @Test
  void aDeleteOfAFreshEntryFailsOneByOneOrAll() {
    open(NOW);
    long id = entry(NOW, "ESC-1");
    entry(NOW, "ESC-2");

    assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
        .isInstanceOf(DataAccessException.class);
    assertThat(rows()).isEqualTo(2);
  }

  @Test
  void anOldEntryCannotBeDeletedOutsideThePurgeEither() {
    open(NOW);
    long old = entry(NOW.minus(Duration.ofDays(500)), "ESC-old");

    assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(old).update())
        .isInstanceOf(DataAccessException.class);
    assertThat(rows()).isOne();
  }

  @Test
  void theRetentionPurgeRemovesOnlyEntriesOlderThanItsCutOff() {
    open(NOW);
    entry(NOW.minus(Duration.ofDays(500)), "ESC-old");
    entry(NOW.minus(Duration.ofDays(401)), "ESC-older-than-400-days");
    long young = entry(NOW.minus(Duration.ofDays(399)), "ESC-young");
    long fresh = entry(NOW, "ESC-fresh");

    Integer purged = tx.execute(s -> trail.deleteOlderThan(NOW.minus(Duration.ofDays(400))));

    assertThat(purged).isEqualTo(2);
    assertThat(jdbc.sql("select id from audit_entry order by id").query(Long.class).list())
        .containsExactly(young, fresh);
    // the purge's cut-off ended with its transaction: the next plain delete fails again
    assertThat(
            jdbc.sql("select count(*) from audit_purge where before_at is not null")
                .query(Long.class)
                .single())
        .isZero();
    assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(young).update())
        .isInstanceOf(DataAccessException.class);
  }

  @Test
  void aPurgeThatFailsLeavesNoCutOffBehind() {
    open(NOW);
    entry(NOW.minus(Duration.ofDays(500)), "ESC-old");

    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      trail.deleteOlderThan(NOW.minus(Duration.ofDays(400)));
                      throw new IllegalStateException("the run fails after the purge");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(rows()).as("rolled back with the run").isOne();
    assertThat(
            jdbc.sql("select count(*) from audit_purge where before_at is not null")
                .query(Long.class)
                .single())
        .isZero();
  }

  /** Inserting is what the trail is for: the trigger never stands in its way. */
  @Test
  void entriesAreStillAppended() {
    open(NOW);
    entry(NOW, "ESC-1");
    jdbc.sql(
            "insert into audit_entry (at, actor, source, action, target, outcome)"
                + " values (?, 'cli:ops', 'cli', 'export', 'sha256:0', 'done')")
        .param(Timestamp.from(NOW))
        .update();
    assertThat(rows()).isEqualTo(2);
  }
}
