package org.escalationrouter.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases page's list, filtered in SQL and sorted by the deadline that comes first (cases without
 * a running deadline last). Read-only; the cases feature owns the writes.
 */
@Repository
class CaseQuery {

  static final int LIMIT = 300;

  // the next breach timer still to fire is the deadline people see; reminders come before it
  private static final String DEADLINES =
      "select case_id, min(due_at) as due,"
          + " min(case when kind = 'BREACH_ACK' then due_at end) as ack_due"
          + " from sla_timer where fired_at is null and cancelled_at is null"
          + " and kind in ('BREACH_ACK', 'BREACH_RESOLVE') group by case_id";

  private final JdbcClient jdbc;

  CaseQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<CaseRow> find(CaseFilter filter, CaseScope scope) {
    if (!scope.all() && scope.executives().isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder(
            "select c.id, c.subject, c.sender, c.severity, c.signals, c.executive_id, c.status,"
                + " c.received_at, t.due, t.ack_due from escalation_case c left join ("
                + DEADLINES
                + ") t on t.case_id = c.id where 1 = 1");
    var params = new java.util.LinkedHashMap<String, Object>();
    if (!filter.statuses().isEmpty()) {
      sql.append(" and c.status in (:statuses)");
      params.put("statuses", filter.statuses());
    }
    if (filter.severity() != null) {
      sql.append(" and c.severity = :severity");
      params.put("severity", filter.severity().toLowerCase(Locale.ROOT));
    }
    if (filter.signal() != null) {
      // signals are stored comma-joined; the commas around both sides match whole names only
      sql.append(" and (',' || c.signals || ',') like :signal escape '\\'");
      params.put("signal", "%," + likeEscaped(filter.signal()) + ",%");
    }
    if (filter.executive() != null) {
      sql.append(" and c.executive_id = :executive");
      params.put("executive", filter.executive());
    }
    if (!scope.all()) {
      sql.append(" and c.executive_id in (:visible)");
      params.put("visible", List.copyOf(scope.executives()));
    }
    if (filter.search() != null) {
      sql.append(
          " and (lower(c.sender) like :search escape '\\'"
              + " or lower(c.subject) like :search escape '\\')");
      params.put("search", "%" + likeEscaped(filter.search().toLowerCase(Locale.ROOT)) + "%");
    }
    sql.append(
        " order by case when t.due is null then 1 else 0 end, t.due, c.received_at desc, c.id desc"
            + " limit "
            + LIMIT);
    return jdbc.sql(sql.toString()).params(params).query(CaseQuery::row).list();
  }

  private static CaseRow row(ResultSet rs, int n) throws SQLException {
    String signals = rs.getString("signals");
    Instant due = instant(rs.getTimestamp("due"));
    Instant ackDue = instant(rs.getTimestamp("ack_due"));
    return new CaseRow(
        rs.getString("id"),
        rs.getString("subject"),
        rs.getString("sender"),
        rs.getString("severity"),
        signals == null || signals.isBlank() ? List.of() : Arrays.asList(signals.split(",")),
        rs.getString("executive_id"),
        rs.getString("status"),
        instant(rs.getTimestamp("received_at")),
        due,
        due == null ? null : due.equals(ackDue) ? "acknowledge" : "resolve");
  }

  static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
