package org.escalationrouter.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalationrouter.cases.CaseReadModel;
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

  private final CaseReadModel cases;
  private final Clock clock;

  ActivityCounts(CaseReadModel cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  List<Day> casesPerDay(CaseScope scope) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate first = today.minusDays(DAYS - 1L);
    Map<LocalDate, Map<String, Integer>> days = new LinkedHashMap<>();
    for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
      days.put(d, new LinkedHashMap<>());
    }
    for (CaseReadModel.Arrival a :
        cases.arrivalsSince(first.atStartOfDay(ZoneOffset.UTC).toInstant(), scope.visible())) {
      Map<String, Integer> counts = days.get(LocalDate.ofInstant(a.receivedAt(), ZoneOffset.UTC));
      if (counts != null) {
        counts.merge(a.severity(), 1, Integer::sum);
      }
    }
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
    for (Instant at :
        cases.breachesSince(first.atStartOfDay(ZoneOffset.UTC).toInstant(), scope.visible())) {
      LocalDate w =
          LocalDate.ofInstant(at, ZoneOffset.UTC)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      weeks.computeIfPresent(w, (k, v) -> v + 1);
    }
    List<Week> out = new ArrayList<>();
    weeks.forEach((w, count) -> out.add(new Week(w, count)));
    return out;
  }
}
