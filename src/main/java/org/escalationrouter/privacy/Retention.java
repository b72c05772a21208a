package org.escalationrouter.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One retention run: raw bytes and attachments after their periods, resolved cases anonymized after
 * theirs, old quarantine, sent copies, automated mail contents and audit entries. With several
 * daemons on one database the run is claimed in {@code job_lease}: one daemon runs it, and the
 * claim sets when anyone may run it next. Each item is removed in its own transaction.
 */
public class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);
  private static final String JOB = "retention";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final RawBodies bodies;
  private final CaseAnonymizer anonymizer;
  private final AutomatedMailContents automated;
  private final AuditTrail audit;
  private final RetentionSettings settings;
  private final Clock clock;
  private final MeterRegistry meters;
  private final String node;

  Retention(
      JdbcClient jdbc,
      TransactionTemplate tx,
      RawBodies bodies,
      CaseAnonymizer anonymizer,
      AutomatedMailContents automated,
      AuditTrail audit,
      RetentionSettings settings,
      Clock clock,
      MeterRegistry meters,
      String node) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.bodies = bodies;
    this.anonymizer = anonymizer;
    this.automated = automated;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
    this.meters = meters;
    this.node = node;
  }

  /** Runs when this daemon wins the claim; otherwise does nothing. */
  public RetentionRun runIfDue() {
    Instant now = clock.instant();
    if (!claim(now)) {
      return RetentionRun.skipped();
    }
    Map<String, Integer> removed = new LinkedHashMap<>();
    removed.put(
        "raw-messages",
        each(
            "select id from escalation_case where raw_message is not null and original_name is null"
                + " and received_at < ?",
            now.minus(settings.emailOriginals()),
            String.class,
            bodies::deleteCaseOriginal));
    removed.put(
        "attachments",
        each(
            "select id from escalation_case where original_name is not null and received_at < ?",
            now.minus(settings.attachments()),
            String.class,
            bodies::deleteCaseOriginal));
    removed.put(
        "resolved-cases",
        each(
            "select id from escalation_case where status = 'resolved' and anonymized_at is null"
                + " and updated_at < ?",
            now.minus(settings.resolvedCases()),
            String.class,
            id -> {
              anonymizer.anonymize(id, List.of());
              return 1;
            }));
    removed.put(
        "quarantine",
        each(
            "select id from quarantine where received_at < ?",
            now.minus(settings.quarantine()),
            Long.class,
            bodies::deleteQuarantined));
    removed.put(
        "outbox-sent",
        each(
                "select id from outbox where status = 'sent' and sent_at < ?"
                    + " and octet_length(raw) > 0",
                now.minus(settings.outboxSent()),
                Long.class,
                bodies::deleteSentMailCopy)
            + each(
                "select id from webhook_outbox where status = 'sent' and sent_at < ?"
                    + " and payload <> ''",
                now.minus(settings.outboxSent()),
                Long.class,
                bodies::deleteSentPost));
    removed.put(
        "automated-mail",
        each(
            "select id from automated_mail where erased_at is null and received_at < ?",
            now.minus(settings.automatedMail()),
            Long.class,
            automated::empty));
    removed.put("audit", tx.execute(s -> audit.deleteOlderThan(now.minus(settings.audit()))));
    RetentionRun run = new RetentionRun(true, removed);
    finish(run, now);
    return run;
  }

  /** Claims the job if its next run is due; only one daemon's update can match. */
  private boolean claim(Instant now) {
    return tx.execute(
            s ->
                jdbc.sql(
                        "update job_lease set holder = ?, leased_until = ? where name = ?"
                            + " and (leased_until is null or leased_until <= ?)")
                    .params(
                        node,
                        Timestamp.from(now.plus(settings.runEvery())),
                        JOB,
                        Timestamp.from(now))
                    .update())
        == 1;
  }

  private void finish(RetentionRun run, Instant started) {
    tx.executeWithoutResult(
        s -> {
          jdbc.sql("update job_lease set last_run_at = ? where name = ?")
              .params(Timestamp.from(clock.instant()), JOB)
              .update();
          audit.record(
              "daemon", node, AuditAction.RETENTION_RUN, null, "done", run.removed().toString());
        });
    meters.counter("escalation.retention.runs").increment();
    run.removed()
        .forEach(
            (kind, n) -> meters.counter("escalation.retention.removed", "kind", kind).increment(n));
    log.info("Retention run (started {}): removed {}", started, run.removed());
  }

  /** Applies the action to each row older than {@code before}, one transaction per row. */
  private <T> int each(String sql, Instant before, Class<T> type, ToIntFunction<T> action) {
    List<T> ids = jdbc.sql(sql).param(Timestamp.from(before)).query(type).list();
    int n = 0;
    for (T id : ids) {
      Integer done = tx.execute(s -> action.applyAsInt(id));
      n += done == null ? 0 : Math.min(done, 1);
    }
    return n;
  }
}
