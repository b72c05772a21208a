package org.escalationrouter.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.escalationrouter.route.Executive;
import org.escalationrouter.route.LiveRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One line per executive: open cases, breaches in the last 30 days, absence, and how mail to their
 * address has fared lately (a stand-in until bounces are tracked per address).
 */
@Repository
class ExecutiveBoard {

  static final Duration WINDOW = Duration.ofDays(30);

  /**
   * @param failing outbox rows to this address in the window whose last try failed
   * @param lastError the most recent of those errors, or null
   */
  record Line(
      Executive executive,
      boolean outOfOffice,
      long openCases,
      long breaches,
      long sent,
      long failing,
      String lastError) {

    public String addressHealth() {
      if (failing > 0) {
        return "failing";
      }
      return sent > 0 ? "ok" : "unknown";
    }
  }

  private final JdbcClient jdbc;
  private final LiveRules rules;
  private final Clock clock;

  ExecutiveBoard(JdbcClient jdbc, LiveRules rules, Clock clock) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.clock = clock;
  }

  List<Line> lines() {
    Instant now = clock.instant();
    Timestamp since = Timestamp.from(now.minus(WINDOW));
    Map<String, Long> open =
        counts(
            "select executive_id, count(*) from escalation_case"
                + " where status in ('open', 'acknowledged') and executive_id is not null"
                + " group by executive_id",
            null);
    Map<String, Long> breaches =
        counts(
            "select c.executive_id, count(*) from case_event e"
                + " join escalation_case c on c.id = e.case_id"
                + " where e.kind = 'breach' and e.at >= ? and c.executive_id is not null"
                + " group by c.executive_id",
            since);
    Map<String, Long> sent =
        counts(
            "select lower(recipient), count(*) from outbox where status = 'sent'"
                + " and created_at >= ? group by lower(recipient)",
            since);
    Map<String, Long> failing =
        counts(
            "select lower(recipient), count(*) from outbox where status <> 'sent'"
                + " and last_error is not null and created_at >= ? group by lower(recipient)",
            since);
    return rules.directory().executives().stream()
        .map(
            e -> {
              String address = e.email() == null ? "" : e.email().toLowerCase();
              return new Line(
                  e,
                  e.isOutOfOffice(now),
                  open.getOrDefault(e.id(), 0L),
                  breaches.getOrDefault(e.id(), 0L),
                  sent.getOrDefault(address, 0L),
                  failing.getOrDefault(address, 0L),
                  failing.containsKey(address) ? lastError(address, since) : null);
            })
        .toList();
  }

  private String lastError(String address, Timestamp since) {
    return jdbc.sql(
            "select last_error from outbox where lower(recipient) = ? and last_error is not null"
                + " and created_at >= ? order by id desc limit 1")
        .params(address, since)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private Map<String, Long> counts(String sql, Timestamp since) {
    Map<String, Long> out = new HashMap<>();
    var spec = jdbc.sql(sql);
    if (since != null) {
      spec = spec.param(since);
    }
    spec.query(
            (rs, n) -> {
              out.put(rs.getString(1), rs.getLong(2));
              return null;
            })
        .list();
    return out;
  }
}
