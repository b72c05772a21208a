package org.escalationrouter.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of {@code sla_timer}, kept to what PostgreSQL and H2 (MODE=PostgreSQL) both run alike.
 * Callers bring the transaction.
 */
final class TimerTable {

  private static final String COLUMNS =
      "id, case_id, kind, due_at, level, executive_id, policy_name, step_millis";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final String node;

  TimerTable(JdbcClient jdbc, Clock clock, String node) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.node = node;
  }

  void insert(PlannedTimer timer) {
    jdbc.sql(
            "insert into sla_timer (case_id, kind, due_at, level, executive_id, policy_name,"
                + " step_millis, created_at) values (:caseId, :kind, :dueAt, :level,"
                + " :executiveId, :policyName, :stepMillis, :createdAt)")
        .param("caseId", timer.caseId())
        .param("kind", timer.kind().name())
        .param("dueAt", utc(timer.dueAt()))
        .param("level", timer.level())
        .param("executiveId", timer.executiveId())
        .param("policyName", timer.policyName())
        .param("stepMillis", timer.step().toMillis())
        .param("createdAt", utc(clock.instant()))
        .update();
  }

  int cancel(String caseId, Set<TimerKind> kinds) {
    return jdbc.sql(
            "update sla_timer set cancelled_at = :now where case_id = :caseId and kind in (:kinds)"
                + " and fired_at is null and cancelled_at is null")
        .param("now", utc(clock.instant()))
        .param("caseId", caseId)
        .param("kinds", kinds.stream().map(Enum::name).toList())
        .update();
  }

  List<DueTimer> pending(String caseId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from sla_timer where case_id = :caseId"
                + " and fired_at is null and cancelled_at is null order by due_at, id")
        .param("caseId", caseId)
        .query((rs, n) -> read(rs))
        .list();
  }

  private static final String STILL_DUE =
      " fired_at is null and cancelled_at is null and due_at <= :now"
          + " and (claimed_at is null or claimed_at <= :retryBefore)";

  /**
   * The oldest timers due at {@code now}, without locking them. A timer whose last try failed waits
   * until its claim is older than {@code retryBefore}.
   */
  List<Long> dueIds(Instant now, Instant retryBefore, int limit) {
    return jdbc.sql(
            "select id from sla_timer where" + STILL_DUE + " order by due_at, id limit :limit")
        .param("now", utc(now))
        .param("retryBefore", utc(retryBefore))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /**
   * Locks one timer if it is still due and no other transaction holds it. Locking by primary key
   * keeps the lock to this row on H2 too, which otherwise locks every row a sorted query reads.
   */
  Optional<DueTimer> lockIfStillDue(long id, Instant now, Instant retryBefore) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from sla_timer where id = :id and"
                + STILL_DUE
                + " for update skip locked")
        .param("id", id)
        .param("now", utc(now))
        .param("retryBefore", utc(retryBefore))
        .query((rs, n) -> read(rs))
        .optional();
  }

  /** Marks the locked row as ours; false if it was fired or cancelled meanwhile. */
  boolean claim(long id, Instant now) {
    return jdbc.sql(
                "update sla_timer set claimed_by = :node, claimed_at = :now,"
                    + " attempts = attempts + 1 where id = :id"
                    + " and fired_at is null and cancelled_at is null")
            .param("node", node)
            .param("now", utc(now))
            .param("id", id)
            .update()
        == 1;
  }

  void markFired(long id, Instant now) {
    jdbc.sql("update sla_timer set fired_at = :now where id = :id")
        .param("now", utc(now))
        .param("id", id)
        .update();
  }

  /** Records a failed try; the claim time holds the timer back for the retry delay. */
  void noteFailure(long id, Instant now, String reason) {
    jdbc.sql(
            "update sla_timer set claimed_by = :node, claimed_at = :now,"
                + " attempts = attempts + 1, last_error = :reason"
                + " where id = :id and fired_at is null")
        .param("node", node)
        .param("now", utc(now))
        .param("reason", reason.substring(0, Math.min(reason.length(), 500)))
        .param("id", id)
        .update();
  }

  private static DueTimer read(ResultSet rs) throws SQLException {
    return new DueTimer(
        rs.getLong("id"),
        new PlannedTimer(
            rs.getString("case_id"),
            TimerKind.valueOf(rs.getString("kind")),
            rs.getObject("due_at", OffsetDateTime.class).toInstant(),
            rs.getInt("level"),
            rs.getString("executive_id"),
            rs.getString("policy_name"),
            Duration.ofMillis(rs.getLong("step_millis"))));
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
