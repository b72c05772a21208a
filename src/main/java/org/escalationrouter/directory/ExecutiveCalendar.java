package org.escalationrouter.directory;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.escalationrouter.route.Executive;
import org.escalationrouter.route.WorkingHours;
import org.escalationrouter.sla.BusinessCalendar;
import org.escalationrouter.sla.OutOfOffice;
import org.escalationrouter.sla.WorkingPeriod;

/** An executive's working hours, holidays and absences as the SLA engine counts them. */
final class ExecutiveCalendar {

  private ExecutiveCalendar() {}

  static BusinessCalendar of(Executive e) {
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    WorkingHours.parse(e.workingHours())
        .forEach(
            (day, periods) ->
                week.put(
                    day,
                    periods.stream().map(p -> new WorkingPeriod(p.start(), p.end())).toList()));
    List<OutOfOffice> away =
        e.outOfOffice().stream()
            .map(o -> OutOfOffice.days(o.from(), o.to(), e.timeZone()))
            .toList();
    return new BusinessCalendar(e.timeZone(), week, e.holidays(), away);
  }
}
