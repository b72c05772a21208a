package org.escalationrouter.web;

import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts behind {@link RouterMetrics}, each one query on the tables. Read-only. */
@Repository
class RouterFigures {

  /** One reading of every count. */
  record Snapshot(
      Map<String, Long> casesBySeverity,
      Map<String, Long> messagesByMailbox,
      Map<String, Long> sentByKind,
      Map<String, Long> automatedByKind,
      long reminders,
      long breaches,
      long quarantineHeld) {

    static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), 0, 0, 0);
  }

  private final JdbcClient jdbc;

  RouterFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Snapshot read() {
    Map<String, Long> events =
        grouped(
            "select kind, count(*) from case_event where kind in ('reminder', 'breach')"
                + " group by kind");
    return new Snapshot(
        grouped("select severity, count(*) from escalation_case group by severity"),
        grouped("select mailbox, count(*) from processed_message group by mailbox"),
        grouped("select kind, count(*) from outbox where status = 'sent' group by kind"),
        grouped("select kind, count(*) from automated_mail group by kind"),
        events.getOrDefault("reminder", 0L),
        events.getOrDefault("breach", 0L),
        jdbc.sql("select count(*) from quarantine where status = 'held'")
            .query(Long.class)
            .single());
  }

  /**
   * Records, for each case opened after {@code since}, how long it took from the letter being read
   * to the case; returns the newest opening time seen, to pass next time.
   */
  Instant recordLatencies(Instant since, Timer timer) {
    Instant[] newest = {since};
    jdbc.sql(
            "select received_at, created_at from escalation_case where created_at > ?"
                + " order by created_at")
        .param(Timestamp.from(since))
        .query(
            (rs, n) -> {
              Instant received = rs.getTimestamp(1).toInstant();
              Instant created = rs.getTimestamp(2).toInstant();
              Duration d = Duration.between(received, created);
              timer.record(d.isNegative() ? Duration.ZERO : d);
              if (created.isAfter(newest[0])) {
                newest[0] = created;
              }
              return created;
            })
        .list();
    return newest[0];
  }

  private Map<String, Long> grouped(String sql) {
    Map<String, Long> out = new HashMap<>();
    jdbc.sql(sql)
        .query(
            (rs, n) -> {
              out.put(rs.getString(1), rs.getLong(2));
              return null;
            })
        .list();
    return Map.copyOf(out);
  }
}
