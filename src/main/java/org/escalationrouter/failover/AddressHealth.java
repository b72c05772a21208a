package org.escalationrouter.failover;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Executives' addresses known to bounce, shown in the API and avoided by fail-over. */
@Repository
public class AddressHealth {

  /** An address that bounced. */
  public record Failing(String email, Instant since, String reason, String status, int bounces) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  AddressHealth(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void failing(String email, String reason, String status) {
    int updated =
        jdbc.sql(
                "update address_health set last_reason = ?, last_status = ?, bounces = bounces + 1"
                    + " where email = ?")
            .params(reason, status, email.toLowerCase())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into address_health (email, failing_since, last_reason, last_status, bounces)"
                  + " values (?,?,?,?,1)")
          .params(email.toLowerCase(), Timestamp.from(clock.instant()), reason, status)
          .update();
    }
  }

  public boolean isFailing(String email) {
    return jdbc.sql("select count(*) from address_health where email = ?")
            .param(email.toLowerCase())
            .query(Long.class)
            .single()
        > 0;
  }

  public List<Failing> all() {
    return jdbc.sql(
            "select email, failing_since, last_reason, last_status, bounces from address_health order by email")
        .query(
            (rs, n) ->
                new Failing(
                    rs.getString(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getInt(5)))
        .list();
  }
}
