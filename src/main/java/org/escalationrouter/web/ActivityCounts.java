package org.escalationrouter.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts for the dashboard charts, bucketed by UTC day and ISO week. Read-only. */
@Repository
class ActivityCounts {

  static final int DAYS = 14;
  static final int WEEKS = 8;

  /** Cases received on one day, by severity wire name. */
  record Day(LocalDate day, Map<String, Integer> bySeverity) {}

  /** Breach events in the week starting on {@code monday}. */
  record Week(LocalDate monday, int breaches) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ActivityCounts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<Day> casesPerDay(CaseScope scope) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate first = today.minusDays(DAYS - 1L);
    Map<LocalDate, Map<String, Integer>> days = new LinkedHashMap<>();
    for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
      days.put(d, new LinkedHashMap<>());
    }
    var params = new LinkedHashMap<String, Object>();
    params.put("from", Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()));
    jdbc.sql(
            "select received_at, severity from escalation_case where received_at >= :from"
                + where(scope, "executive_id", params))
        .params(params)
        .query(
            (rs, n) -> {
              LocalDate d = LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), ZoneOffset.UTC);
              Map<String, Integer> counts = days.get(d);
              if (counts != null) {
                counts.merge(rs.getString(2), 1, Integer::sum);
              }
              return d;
            })
        .list();
    List<Day> out = new ArrayList<>();
    days.forEach((d, counts) -> out.add(new Day(d, Map.copyOf(counts))));
    return out;
  }

  List<Week> breachesPerWeek(CaseScope scope) {
    LocalDate monday =
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate first = monday.minusWeeks(WEEKS - 1L);
    Map<LocalDate, Integer> weeks = new LinkedHashMap<>();
    for (LocalDate w = first; !w.isAfter(monday); w = w.plusWeeks(1)) {
      weeks.put(w, 0);
    }
    var params = new LinkedHashMap<String, Object>();
    params.put("from", Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()));
    jdbc.sql(
            "select e.at from case_event e join escalation_case c on c.id = e.case_id"
                + " where e.kind = 'breach' and e.at >= :from"
                + where(scope, "c.executive_id", params))
        .params(params)
        .query(
            (rs, n) -> {
              LocalDate w =
                  LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), ZoneOffset.UTC)
                      .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
              weeks.computeIfPresent(w, (k, v) -> v + 1);
              return w;
            })
        .list();
    List<Week> out = new ArrayList<>();
    weeks.forEach((w, count) -> out.add(new Week(w, count)));
    return out;
  }

  private static String where(CaseScope scope, String column, Map<String, Object> params) {
    if (scope.all()) {
      return "";
    }
    if (scope.executives().isEmpty()) {
      return " and 1 = 0";
    }
    params.put("visible", List.copyOf(scope.executives()));
    return " and " + column + " in (:visible)";
  }
}
