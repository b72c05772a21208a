package org.escalationrouter.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.escalationrouter.route.NotifyTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Chat and webhook posts waiting to be sent: written in the transaction of the case (or timer) they
 * belong to, claimed by pushing their due time past a lease, sent after commit. Each row has one
 * idempotency key, sent on every try, so a receiver that saw a try whose answer we lost can drop
 * the repeat.
 */
@Repository
class WebhookOutbox {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration lease;

  WebhookOutbox(JdbcClient jdbc, Clock clock, NotifySettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lease = settings.lease();
  }

  /** A post waiting to be sent. */
  record Post(
      long id,
      String caseId,
      PostKind kind,
      NotifyTarget target,
      String idempotencyKey,
      String payload,
      int attempts) {}

  /** Queues a post; returns its idempotency key. */
  String enqueue(String caseId, PostKind kind, NotifyTarget target, String payload) {
    String key = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            "insert into webhook_outbox (case_id, kind, format, webhook, idempotency_key, payload,"
                + " status, attempts, next_attempt_at, created_at)"
                + " values (?,?,?,?,?,?,'pending',0,?,?)")
        .params(caseId, kind.wireName(), target.format(), target.webhook(), key, payload, now, now)
        .update();
    return key;
  }

  /** The channels a case was posted to when it was escalated, for its reminders and breaches. */
  List<NotifyTarget> targetsOf(String caseId) {
    return jdbc.sql(
            "select distinct format, webhook from webhook_outbox where case_id = ?"
                + " and kind = ? order by format, webhook")
        .params(caseId, PostKind.ESCALATION.wireName())
        .query((rs, n) -> new NotifyTarget(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** Claims up to {@code limit} due posts; each claim counts as a try. */
  List<Post> claimDue(int limit) {
    Instant now = clock.instant();
    List<Long> ids =
        jdbc.sql(
                "select id from webhook_outbox where status = 'pending' and next_attempt_at <= ?"
                    + " order by next_attempt_at, id limit ?")
            .params(Timestamp.from(now), limit)
            .query(Long.class)
            .list();
    return ids.stream()
        .filter(
            id ->
                jdbc.sql(
                            "update webhook_outbox set next_attempt_at = ?, attempts = attempts + 1"
                                + " where id = ? and status = 'pending' and next_attempt_at <= ?")
                        .params(Timestamp.from(now.plus(lease)), id, Timestamp.from(now))
                        .update()
                    == 1)
        .map(this::load)
        .toList();
  }

  private Post load(long id) {
    return jdbc.sql(
            "select id, case_id, kind, format, webhook, idempotency_key, payload, attempts"
                + " from webhook_outbox where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Post(
                    rs.getLong(1),
                    rs.getString(2),
                    PostKind.fromWire(rs.getString(3)),
                    new NotifyTarget(rs.getString(4), rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getInt(8)))
        .single();
  }

  void markSent(long id, int status) {
    jdbc.sql(
            "update webhook_outbox set status = 'sent', sent_at = ?, last_status = ?,"
                + " last_error = null where id = ?")
        .params(Timestamp.from(clock.instant()), status, id)
        .update();
  }

  void retryLater(long id, Duration wait, Integer status, String error) {
    jdbc.sql(
            "update webhook_outbox set next_attempt_at = ?, last_status = ?, last_error = ?"
                + " where id = ?")
        .params(Timestamp.from(clock.instant().plus(wait)), status, truncate(error), id)
        .update();
  }

  void giveUp(long id, Integer status, String error) {
    jdbc.sql(
            "update webhook_outbox set status = 'failed', last_status = ?, last_error = ?"
                + " where id = ?")
        .params(status, truncate(error), id)
        .update();
  }

  long pendingCount() {
    return jdbc.sql("select count(*) from webhook_outbox where status = 'pending'")
        .query(Long.class)
        .single();
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
  }
}
