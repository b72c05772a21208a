package org.escalationrouter.escalate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outgoing mail, written in the same transaction as the case it belongs to and sent after commit. A
 * row is claimed by pushing its due time past a lease; a sender that dies mid-send leaves it to be
 * sent again later with the same Message-ID (at-least-once).
 */
@Repository
public class Outbox {

  private static final Duration MAX_BACKOFF = Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration lease;

  /**
   * @param lease how long a claimed row is left to its sender before another pass may send it again
   *     ({@code escalation.outbox.lease}, default 2 minutes: longer than any SMTP send)
   */
  Outbox(JdbcClient jdbc, Clock clock, @Value("${escalation.outbox.lease:2m}") Duration lease) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lease = lease;
  }

  /** A row waiting to be sent. */
  record Pending(
      long id, String caseId, String recipient, String envelopeFrom, byte[] raw, int attempts) {}

  public void enqueue(OutgoingMail mail) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            "insert into outbox (case_id, kind, recipient, message_id, envelope_from, raw, status,"
                + " attempts, next_attempt_at, created_at) values (?,?,?,?,?,?,'pending',0,?,?)")
        .params(
            mail.caseId(),
            mail.kind().wireName(),
            mail.recipient(),
            mail.messageId(),
            mail.envelopeFrom(),
            mail.raw(),
            now,
            now)
        .update();
  }

  /** Claims up to {@code limit} due rows for this sender. */
  List<Pending> claimDue(int limit) {
    Instant now = clock.instant();
    List<Long> ids =
        jdbc.sql(
                "select id from outbox where status = 'pending' and next_attempt_at <= ?"
                    + " order by next_attempt_at, id limit ?")
            .params(Timestamp.from(now), limit)
            .query(Long.class)
            .list();
    return ids.stream()
        .filter(
            id ->
                jdbc.sql(
                            "update outbox set next_attempt_at = ?, attempts = attempts + 1"
                                + " where id = ? and status = 'pending' and next_attempt_at <= ?")
                        .params(Timestamp.from(now.plus(lease)), id, Timestamp.from(now))
                        .update()
                    == 1)
        .map(this::load)
        .toList();
  }

  private Pending load(long id) {
    return jdbc.sql(
            "select id, case_id, recipient, envelope_from, raw, attempts from outbox where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Pending(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBytes(5),
                    rs.getInt(6)))
        .single();
  }

  void markSent(long id) {
    jdbc.sql("update outbox set status = 'sent', sent_at = ?, last_error = null where id = ?")
        .params(Timestamp.from(clock.instant()), id)
        .update();
  }

  /** Retries later, backing off exponentially up to 15 minutes. */
  void markFailed(long id, int attempts, String error) {
    long seconds = Math.min(MAX_BACKOFF.toSeconds(), 5L << Math.min(attempts, 10));
    jdbc.sql("update outbox set next_attempt_at = ?, last_error = ? where id = ?")
        .params(Timestamp.from(clock.instant().plusSeconds(seconds)), truncate(error), id)
        .update();
  }

  /** One of our own messages as sent: its case, kind and recipient. */
  public record Sent(
      String caseId,
      String kind,
      String recipient,
      String messageId,
      java.time.Instant createdAt) {}

  public java.util.Optional<Sent> sent(String messageId) {
    return jdbc.sql(
            "select case_id, kind, recipient, message_id, created_at from outbox where message_id = ?")
        .param(messageId.trim())
        .query(
            (rs, n) ->
                new Sent(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .optional();
  }

  /** True when this case already had a message of {@code kind} for {@code recipient}. */
  public boolean alreadySent(String caseId, MailKind kind, String recipient) {
    return jdbc.sql("select count(*) from outbox where case_id = ? and kind = ? and recipient = ?")
            .params(caseId, kind.wireName(), recipient)
            .query(Long.class)
            .single()
        > 0;
  }

  /** When the case's messages of {@code kind} were queued, oldest first. */
  public List<Instant> queuedTimes(String caseId, MailKind kind) {
    return jdbc.sql(
            "select created_at from outbox where case_id = ? and kind = ? order by created_at")
        .params(caseId, kind.wireName())
        .query((rs, n) -> rs.getTimestamp(1).toInstant())
        .list();
  }

  /** The case one of our own messages belonged to, found by its Message-ID. */
  public java.util.Optional<String> caseOfMessage(List<String> messageIds) {
    for (String id : messageIds) {
      java.util.Optional<String> caseId =
          jdbc.sql("select case_id from outbox where message_id = ?")
              .param(id.trim())
              .query(String.class)
              .optional();
      if (caseId.isPresent()) {
        return caseId;
      }
    }
    return java.util.Optional.empty();
  }

  public long pendingCount() {
    return jdbc.sql("select count(*) from outbox where status = 'pending'")
        .query(Long.class)
        .single();
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
  }
}
