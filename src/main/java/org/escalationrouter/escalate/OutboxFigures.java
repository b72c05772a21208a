package org.escalationrouter.escalate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the pages and metrics read about the mail we send: how much went out, and how mail to each
 * address has fared. Read-only; {@link Outbox} writes. Addresses are compared in lower case.
 */
@Repository
public class OutboxFigures {

  private final JdbcClient jdbc;

  OutboxFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Mail sent, by kind, all time. */
  public Map<String, Long> sentByKind() {
    return counted(
        jdbc.sql("select kind, count(*) from outbox where status = 'sent' group by kind"));
  }

  /** Mail sent since {@code from}, by recipient address. */
  public Map<String, Long> sentByRecipientSince(Instant from) {
    return counted(
        jdbc.sql(
                "select lower(recipient), count(*) from outbox where status = 'sent'"
                    + " and created_at >= ? group by lower(recipient)")
            .param(Timestamp.from(from)));
  }

  /** Mail queued since {@code from} whose last try failed, by recipient address. */
  public Map<String, Long> failingByRecipientSince(Instant from) {
    return counted(
        jdbc.sql(
                "select lower(recipient), count(*) from outbox where status <> 'sent'"
                    + " and last_error is not null and created_at >= ? group by lower(recipient)")
            .param(Timestamp.from(from)));
  }

  /** The newest error of mail to {@code address} queued since {@code from}. */
  public Optional<String> lastErrorSince(String address, Instant from) {
    return jdbc.sql(
            "select last_error from outbox where lower(recipient) = ? and last_error is not null"
                + " and created_at >= ? order by id desc limit 1")
        .params(address.toLowerCase(java.util.Locale.ROOT), Timestamp.from(from))
        .query(String.class)
        .optional();
  }

  private static Map<String, Long> counted(JdbcClient.StatementSpec statement) {
    List<Map.Entry<String, Long>> rows =
        statement.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
    return rows.stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
