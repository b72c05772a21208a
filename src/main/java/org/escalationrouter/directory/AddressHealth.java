package org.escalationrouter.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Executives' addresses known to bounce: shown in the API, skipped when choosing who receives. */
@Repository
public class AddressHealth {

  /** An address that bounced. */
  public record Failing(String email, Instant since, String reason, String status, int bounces) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AddressSettings settings;

  AddressHealth(JdbcClient jdbc, Clock clock, AddressSettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
  }

  public void failing(String email, String reason, String status) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated =
        jdbc.sql(
                "update address_health set last_reason = ?, last_status = ?, bounces = bounces + 1,"
                    + " last_bounce_at = ? where email = ?")
            .params(reason, status, now, email.toLowerCase())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into address_health (email, failing_since, last_reason, last_status, bounces,"
                  + " last_bounce_at) values (?,?,?,?,1,?)")
          .params(email.toLowerCase(), now, reason, status, now)
          .update();
    }
  }

  /** A later success: a delivery report saying our mail arrived. */
  public void cleared(String email) {
    jdbc.sql("delete from address_health where email = ?").param(email.toLowerCase()).update();
  }

  public boolean isFailing(String email) {
    return jdbc.sql("select count(*) from address_health where email = ? and last_bounce_at > ?")
            .params(email.toLowerCase(), expiry())
            .query(Long.class)
            .single()
        > 0;
  }

  /** Bounces older than this no longer count. */
  private Timestamp expiry() {
    return Timestamp.from(clock.instant().minus(settings.failingExpiresAfter()));
  }

  public List<Failing> all() {
    return jdbc.sql(
            "select email, failing_since, last_reason, last_status, bounces from address_health"
                + " where last_bounce_at > ? order by email")
        .param(expiry())
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
