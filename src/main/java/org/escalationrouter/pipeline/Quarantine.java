package org.escalationrouter.pipeline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.escalationrouter.cases.BodyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages that could not be processed, kept whole with the reason, until someone releases them for
 * another try. A quarantined message never blocks the ones behind it.
 */
@Repository
public class Quarantine {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ProcessedMessages processed;
  private final TransactionTemplate tx;
  private final BodyStore bodies;

  Quarantine(
      JdbcClient jdbc,
      Clock clock,
      ProcessedMessages processed,
      TransactionTemplate tx,
      BodyStore bodies) {
    this.bodies = bodies;
    this.jdbc = jdbc;
    this.clock = clock;
    this.processed = processed;
    this.tx = tx;
  }

  /**
   * Holds the message and records its key as quarantined, in one transaction; fails with
   * DuplicateKeyException when the key was already accounted for.
   */
  long holdAndAccount(IncomingMessage message, String key, String reason) {
    return tx.execute(
        s -> {
          long held = hold(message, key, reason);
          processed.record(key, message.mailbox(), ProcessedMessages.Outcome.QUARANTINED, null);
          return held;
        });
  }

  /** The name the intake gave the bytes: mailbox messages were read as {@code SOURCE.eml}. */
  private static String fileName(String source, byte[] raw) {
    return IncomingMessage.looksLikeMime(raw) && !source.endsWith(".eml")
        ? source + ".eml"
        : source;
  }

  /** A held message, without its bytes. */
  public record Held(
      long id, String mailbox, String source, String reason, String status, Instant receivedAt) {}

  long hold(IncomingMessage message, String key, String reason) {
    BodyStore.Stored raw = bodies.store(message.raw());
    jdbc.sql(
            "insert into quarantine (mailbox, source, idem_key, reason, raw, raw_file, raw_sha256,"
                + " raw_size, status, received_at) values (?,?,?,?,?,?,?,?,'held',?)")
        .params(
            message.mailbox(),
            message.source(),
            key,
            reason.length() > 2000 ? reason.substring(0, 2000) : reason,
            raw.inlineOrEmpty(),
            raw.file(),
            raw.sha256(),
            raw.size(),
            Timestamp.from(clock.instant()))
        .update();
    return jdbc.sql("select max(id) from quarantine where idem_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  public List<Held> list() {
    return jdbc.sql(
            "select id, mailbox, source, reason, status, received_at from quarantine order by id desc")
        .query(
            (rs, n) ->
                new Held(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant()))
        .list();
  }

  public long heldCount() {
    return jdbc.sql("select count(*) from quarantine where status = 'held'")
        .query(Long.class)
        .single();
  }

  /** The message as it arrived, with the key it was held under. */
  record Release(IncomingMessage message, String key) {}

  Optional<Release> release(long id) {
    return jdbc.sql(
            "select mailbox, source, idem_key, raw, raw_file, raw_sha256 from quarantine"
                + " where id = ? and status = 'held'")
        .param(id)
        .query(
            (rs, n) -> {
              byte[] raw = bodies.load(rs.getBytes(4), rs.getString(5), rs.getString(6));
              return new Release(
                  new IncomingMessage(
                      rs.getString(1),
                      rs.getString(2) + " (released from quarantine " + id + ")",
                      fileName(rs.getString(2), raw),
                      raw,
                      clock.instant(),
                      IncomingMessage.looksLikeMime(raw)),
                  rs.getString(3));
            })
        .optional();
  }

  /** Marks it released; false when it was not held (any more), e.g. another request was first. */
  boolean markReleased(long id) {
    return jdbc.sql(
                "update quarantine set status = 'released', released_at = ?"
                    + " where id = ? and status = 'held'")
            .params(Timestamp.from(clock.instant()), id)
            .update()
        == 1;
  }

  boolean exists(long id) {
    return jdbc.sql("select count(*) from quarantine where id = ?")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }
}
