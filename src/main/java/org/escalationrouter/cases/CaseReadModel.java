package org.escalationrouter.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the pages, the API and the metrics read about cases: the filtered case list, counts and the
 * days cases arrived. Read-only; {@link CaseStore} writes. The case list's deadlines come from the
 * SLA feature's published view {@code case_deadline}, never from its timer table.
 *
 * <p>{@code visible} arguments narrow a read to the cases of those executives; {@code null} means
 * every case, an empty set none.
 */
@Repository
public class CaseReadModel {

  /**
   * What the case list is asked for; null or empty fields mean any.
   *
   * @param statuses the stored status names to show; empty for every status
   * @param signal one signal name, matched whole
   * @param search words in the sender or the subject, matched case-insensitively
   * @param visible the executives whose cases may be shown; null for all
   */
  public record ListQuery(
      List<String> statuses,
      String severity,
      String signal,
      String executive,
      String search,
      Set<String> visible,
      int limit) {

    public ListQuery {
      statuses = List.copyOf(statuses);
      visible = visible == null ? null : Set.copyOf(visible);
    }
  }

  /**
   * One case of the list.
   *
   * @param deadline the next SLA deadline still running, or null
   * @param acknowledgeBy true when that deadline is the acknowledgement's, false for resolution
   */
  public record Listed(
      String id,
      String subject,
      String sender,
      Severity severity,
      Set<Signal> signals,
      String executive,
      String status,
      Instant receivedAt,
      Instant deadline,
      boolean acknowledgeBy) {

    public Listed {
      signals = Signal.inWireOrder(signals);
    }
  }

  /** When a case arrived, and its severity. */
  public record Arrival(Instant receivedAt, String severity) {}

  private static final String BREACH = CaseEventKind.BREACH.wireName();

  private final JdbcClient jdbc;

  CaseReadModel(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The case list, sorted by the deadline that comes first; cases without one last. */
  public List<Listed> list(ListQuery q) {
    if (q.visible() != null && q.visible().isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder(
            "select c.id, c.subject, c.sender, c.severity, c.signals, c.executive_id, c.status,"
                + " c.received_at, d.due_at, d.ack_due_at from escalation_case c"
                + " left join case_deadline d on d.case_id = c.id where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (!q.statuses().isEmpty()) {
      sql.append(" and c.status in (:statuses)");
      params.put("statuses", q.statuses());
    }
    if (q.severity() != null) {
      sql.append(" and c.severity = :severity");
      params.put("severity", q.severity().toLowerCase(Locale.ROOT));
    }
    if (q.signal() != null) {
      // signals are stored comma-joined; the commas around both sides match whole names only
      sql.append(" and (',' || c.signals || ',') like :signal escape '\\'");
      params.put("signal", "%," + likeEscaped(q.signal()) + ",%");
    }
    if (q.executive() != null) {
      sql.append(" and c.executive_id = :executive");
      params.put("executive", q.executive());
    }
    sql.append(visibleTo(q.visible(), "c.executive_id", params));
    if (q.search() != null) {
      sql.append(
          " and (lower(c.sender) like :search escape '\\'"
              + " or lower(c.subject) like :search escape '\\')");
      params.put("search", "%" + likeEscaped(q.search().toLowerCase(Locale.ROOT)) + "%");
    }
    sql.append(
            " order by case when d.due_at is null then 1 else 0 end, d.due_at,"
                + " c.received_at desc, c.id desc limit ")
        .append(Math.max(1, q.limit()));
    return jdbc.sql(sql.toString()).params(params).query(CaseReadModel::listed).list();
  }

  /** Cases received at or after {@code from}, oldest first. */
  public List<Arrival> arrivalsSince(Instant from, Set<String> visible) {
    if (visible != null && visible.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", Timestamp.from(from));
    return jdbc.sql(
            "select received_at, severity from escalation_case where received_at >= :from"
                + visibleTo(visible, "executive_id", params)
                + " order by received_at")
        .params(params)
        .query((rs, n) -> new Arrival(rs.getTimestamp(1).toInstant(), rs.getString(2)))
        .list();
  }

  /** When each breach at or after {@code from} happened. */
  public List<Instant> breachesSince(Instant from, Set<String> visible) {
    if (visible != null && visible.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", Timestamp.from(from));
    params.put("kind", BREACH);
    return jdbc.sql(
            "select e.at from case_event e join escalation_case c on c.id = e.case_id"
                + " where e.kind = :kind and e.at >= :from"
                + visibleTo(visible, "c.executive_id", params))
        .params(params)
        .query((rs, n) -> rs.getTimestamp(1).toInstant())
        .list();
  }

  /** Cases by severity, all time. */
  public Map<String, Long> countBySeverity() {
    return grouped(jdbc.sql("select severity, count(*) from escalation_case group by severity"));
  }

  /** Timeline entries of the given kinds, counted by kind, all time; kinds without any left out. */
  public Map<CaseEventKind, Long> countEvents(Collection<CaseEventKind> kinds) {
    Map<CaseEventKind, Long> out = new EnumMap<>(CaseEventKind.class);
    grouped(
            jdbc.sql("select kind, count(*) from case_event where kind in (:kinds) group by kind")
                .param("kinds", kinds.stream().map(CaseEventKind::wireName).toList()))
        .forEach((kind, n) -> out.put(CaseEventKind.fromWire(kind), n));
    return Map.copyOf(out);
  }

  /** Open and acknowledged cases by the executive they are routed to. */
  public Map<String, Long> countActiveByExecutive() {
    return grouped(
        jdbc.sql(
            "select executive_id, count(*) from escalation_case"
                + " where status in ('open', 'acknowledged') and executive_id is not null"
                + " group by executive_id"));
  }

  /** Breaches at or after {@code from} by the executive of their case. */
  public Map<String, Long> countBreachesByExecutiveSince(Instant from) {
    return grouped(
        jdbc.sql(
                "select c.executive_id, count(*) from case_event e"
                    + " join escalation_case c on c.id = e.case_id"
                    + " where e.kind = ? and e.at >= ? and c.executive_id is not null"
                    + " group by c.executive_id")
            .params(BREACH, Timestamp.from(from)));
  }

  /**
   * Hands {@code each} the time from reading the letter to opening the case, for every case opened
   * after {@code since}; returns the newest opening time seen, to pass next time.
   */
  public Instant openingDelaysSince(Instant since, Consumer<Duration> each) {
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
              each.accept(d.isNegative() ? Duration.ZERO : d);
              if (created.isAfter(newest[0])) {
                newest[0] = created;
              }
              return created;
            })
        .list();
    return newest[0];
  }

  /** Rows of (name, count) as a map. */
  static Map<String, Long> grouped(JdbcClient.StatementSpec statement) {
    Map<String, Long> out = new HashMap<>();
    statement
        .query(
            (rs, n) -> {
              out.put(rs.getString(1), rs.getLong(2));
              return null;
            })
        .list();
    return Map.copyOf(out);
  }

  static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String visibleTo(Set<String> visible, String column, Map<String, Object> params) {
    if (visible == null) {
      return "";
    }
    params.put("visible", List.copyOf(visible));
    return " and " + column + " in (:visible)";
  }

  private static Listed listed(ResultSet rs, int n) throws SQLException {
    Instant due = instant(rs.getTimestamp("due_at"));
    Instant ackDue = instant(rs.getTimestamp("ack_due_at"));
    return new Listed(
        rs.getString("id"),
        rs.getString("subject"),
        rs.getString("sender"),
        Severity.fromWireName(rs.getString("severity")),
        StoredSignals.read(rs.getString("signals")),
        rs.getString("executive_id"),
        rs.getString("status"),
        instant(rs.getTimestamp("received_at")),
        due,
        due != null && due.equals(ackDue));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
