package org.escalationrouter.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.escalationrouter.audit.AuditTrail;
import org.escalationrouter.testsupport.TestClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job on a migrated H2, with a clock the test moves: each kind of data goes after its
 * period, and what the dashboard and metrics read stays.
 */
class RetentionTest {

  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private final TestClock clock = TestClock.at(START);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final RetentionSettings settings =
      new RetentionSettings(
          true,
          Duration.ofHours(1),
          Duration.ofDays(90),
          Duration.ofDays(90),
          Duration.ofDays(730),
          Duration.ofDays(30),
          Duration.ofDays(30),
          Duration.ofDays(30),
          Duration.ofDays(400));
  private DataSource db;
  private JdbcClient jdbc;
  private ExecutorService threads;

  @BeforeEach
  void migrate() {
    db = database();
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(db);
  }

  /** An empty database of this test's own: H2 here, PostgreSQL in RetentionPostgresIT. */
  DataSource database() {
    return new DriverManagerDataSource(
        "jdbc:h2:mem:retention-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void stopThreads() {
    if (threads != null) {
      threads.shutdownNow();
    }
  }

  private Retention daemon(String node) {
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
    RawBodies bodies =
        new RawBodies(
            jdbc,
            new org.escalationrouter.cases.BodyStore(
                java.nio.file.Path.of("target/retention-bodies"), Long.MAX_VALUE));
    return new Retention(
        jdbc,
        tx,
        bodies,
        new CaseAnonymizer(jdbc, bodies, clock),
        new AutomatedMailContents(jdbc, clock),
        new AuditTrail(jdbc, clock),
        settings,
        clock,
        meters,
        node);
  }

  @Test
  void rawBytesGoAfterTheirPeriodAndTheCaseEvidenceAndTimelineStay() {
    caseFrom("ESC-1", "open", null);
    caseFrom("ESC-2", "open", "letter-from-jane.pdf");
    Retention retention = daemon("a");

    clock.advance(Duration.ofDays(89));
    assertThat(retention.runIfDue().removed()).containsEntry("raw-messages", 0);
    assertThat(count("raw_message is not null")).isEqualTo(2);

    clock.advance(Duration.ofDays(2));
    RetentionRun run = retention.runIfDue();
    assertThat(run.removed()).containsEntry("raw-messages", 1).containsEntry("attachments", 1);
    assertThat(count("raw_message is not null")).isZero();
    assertThat(count("original_name is not null")).isZero();
    assertThat(count("sender = 'Jane Doe <jane@example.org>' and signals = 'money-dispute'"))
        .isEqualTo(2);
    assertThat(rows("case_evidence where phrase = 'a fee I never agreed to'")).isEqualTo(2);
    assertThat(rows("case_event")).isEqualTo(4);
    assertThat(meters.counter("escalation.retention.runs").count()).isEqualTo(2);
    assertThat(meters.counter("escalation.retention.removed", "kind", "attachments").count())
        .isEqualTo(1);
  }

  @Test
  void resolvedCasesAreAnonymizedAfterTheirPeriodKeepingWhatTheDashboardAndMetricsRead() {
    caseFrom("ESC-1", "resolved", null);
    caseFrom("ESC-2", "open", null);
    Retention retention = daemon("a");

    clock.advance(Duration.ofDays(729));
    assertThat(retention.runIfDue().removed()).containsEntry("resolved-cases", 0);
    clock.advance(Duration.ofDays(2));
    assertThat(retention.runIfDue().removed()).containsEntry("resolved-cases", 1);

    assertThat(
            jdbc.sql("select sender, subject, new_text from escalation_case where id = 'ESC-1'")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .single())
        .isEqualTo("anonymized|null|money-dispute");
    assertThat(
            jdbc.sql("select phrase from case_evidence where case_id = 'ESC-1'")
                .query(String.class)
                .list())
        .containsOnly("money-dispute");
    assertThat(
            jdbc.sql("select detail from case_event where case_id = 'ESC-1' order by id")
                .query(String.class)
                .list())
        .hasSize(2)
        .noneMatch(d -> d.contains("jane@example.org") || d.contains("never agreed"))
        .anyMatch(d -> d.contains("Escalation to Margaret Hale"));
    // what the charts, filters and metrics read is unchanged
    assertThat(
            jdbc.sql(
                    "select severity || '/' || signals || '/' || status || '/' || executive_id"
                        + " from escalation_case order by id")
                .query(String.class)
                .list())
        .containsExactly("high/money-dispute/resolved/ceo", "high/money-dispute/open/ceo");
    assertThat(count("sender = 'Jane Doe <jane@example.org>'")).as("the open case").isEqualTo(1);
  }

  @Test
  void quarantineSentCopiesAutomatedMailAndAuditGoAfterTheirPeriods() {
    caseFrom("ESC-1", "open", null);
    Timestamp t0 = Timestamp.from(START);
    jdbc.sql(
            "insert into quarantine (mailbox, source, idem_key, reason, raw, status, received_at)"
                + " values ('support', 'uid 1', 'k1', 'broken', ?, 'held', ?)")
        .params("From: jane@example.org".getBytes(StandardCharsets.UTF_8), t0)
        .update();
    jdbc.sql(
            "insert into outbox (case_id, kind, recipient, message_id, envelope_from, raw, status,"
                + " next_attempt_at, created_at, sent_at) values ('ESC-1', 'escalation',"
                + " 'ceo@localhost', '<m1@router>', 'bounces@localhost', ?, 'sent', ?, ?, ?)")
        .params("Subject: jane".getBytes(StandardCharsets.UTF_8), t0, t0, t0)
        .update();
    jdbc.sql(
            "insert into automated_mail (mailbox, message_id, kind, sender, subject, records,"
                + " received_at) values ('support', '<a1@x>', 'auto-reply', 'jane@example.org',"
                + " 'Away', 'jane@example.org', ?)")
        .param(t0)
        .update();
    new AuditTrail(jdbc, clock)
        .record(
            "admin",
            "127.0.0.1",
            org.escalationrouter.audit.AuditAction.CASE_VIEW,
            "ESC-1",
            "shown",
            null);
    Retention retention = daemon("a");

    clock.advance(Duration.ofDays(31));
    RetentionRun run = retention.runIfDue();
    assertThat(run.removed())
        .containsEntry("quarantine", 1)
        .containsEntry("outbox-sent", 1)
        .containsEntry("automated-mail", 1)
        .containsEntry("audit", 0);
    assertThat(rows("quarantine")).isZero();
    assertThat(rows("outbox where octet_length(raw) = 0 and status = 'sent'"))
        .as("the sent row stays counted")
        .isEqualTo(1);
    assertThat(rows("automated_mail where sender is null and kind = 'auto-reply'")).isEqualTo(1);

    clock.advance(Duration.ofDays(370));
    assertThat(retention.runIfDue().removed()).containsEntry("audit", 1);
    assertThat(rows("audit_entry where action = 'case-view'")).isZero();
  }

  @Test
  void withTwoDaemonsEachPeriodRunsOnce() throws Exception {
    caseFrom("ESC-1", "open", null);
    clock.advance(Duration.ofDays(91));
    threads = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<RetentionRun>> runs = new ArrayList<>();
    for (String node : List.of("a", "b")) {
      Retention daemon = daemon(node);
      Callable<RetentionRun> run =
          () -> {
            go.await();
            return daemon.runIfDue();
          };
      runs.add(threads.submit(run));
    }
    go.countDown();
    int ran = 0;
    for (Future<RetentionRun> f : runs) {
      ran += f.get().ran() ? 1 : 0;
    }
    assertThat(ran).isEqualTo(1);
    assertThat(daemon("b").runIfDue().ran()).as("within the hour").isFalse();
    clock.advance(Duration.ofHours(1));
    assertThat(daemon("b").runIfDue().ran()).isTrue();
    assertThat(rows("audit_entry where action = 'retention-run'")).isEqualTo(2);
  }

  private void caseFrom(String id, String status, String droppedFile) {
    Timestamp t = Timestamp.from(clock.instant());
    jdbc.sql(
            "insert into escalation_case (id, mailbox, message_id, thread_key, sender, subject,"
                + " received_at, severity, signals, severity_rule, executive_id, status, new_text,"
                + " raw_message, original_name, created_at, updated_at) values (?, 'support',"
                + " '<x@example.org>', '<x@example.org>', 'Jane Doe <jane@example.org>',"
                + " 'Fee I never agreed to', ?, 'high', 'money-dispute', 'rule', 'ceo', ?,"
                + " 'You charged a fee I never agreed to. Jane Doe', ?, ?, ?, ?)")
        .params(
            id,
            t,
            status,
            "From: Jane Doe <jane@example.org>\r\n\r\nfee".getBytes(StandardCharsets.UTF_8),
            droppedFile,
            t,
            t)
        .update();
    jdbc.sql(
            "insert into case_evidence (case_id, signal, phrase, location) values"
                + " (?, 'money-dispute', 'a fee I never agreed to', 'body')")
        .param(id)
        .update();
    jdbc.sql(
            "insert into case_event (case_id, at, kind, detail) values (?, ?, 'judged',"
                + " 'high; money-dispute: \"a fee I never agreed to\"'), (?, ?, 'escalated',"
                + " 'Escalation to Margaret Hale <ceo@localhost> queued')")
        .params(id, t, id, t)
        .update();
  }

  private long count(String where) {
    return rows("escalation_case where " + where);
  }

  private long rows(String from) {
    return jdbc.sql("select count(*) from " + from).query(Long.class).single();
  }
}
