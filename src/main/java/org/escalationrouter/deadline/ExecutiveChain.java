package org.escalationrouter.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.escalationrouter.route.Executive;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.route.WorkingHours;
import org.escalationrouter.sla.BusinessCalendar;
import org.escalationrouter.sla.EscalationChain;
import org.escalationrouter.sla.OutOfOffice;
import org.escalationrouter.sla.WorkingPeriod;
import org.springframework.stereotype.Component;

/** The escalation chain and calendars as the admins' executives file defines them, live. */
@Component
class ExecutiveChain implements EscalationChain {

  private final LiveRules rules;

  ExecutiveChain(LiveRules rules) {
    this.rules = rules;
  }

  @Override
  public Optional<String> managerOf(String executiveId) {
    return rules.executive(executiveId).map(Executive::manager);
  }

  @Override
  public Optional<String> deputyOf(String executiveId) {
    return rules.executive(executiveId).map(Executive::deputy);
  }

  @Override
  public BusinessCalendar calendarOf(String executiveId) {
    Executive e =
        rules
            .executive(executiveId)
            .orElseThrow(() -> new IllegalArgumentException("unknown executive " + executiveId));
    return calendar(e);
  }

  static BusinessCalendar calendar(Executive e) {
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

  /** The executive, or their deputy when the executive is out of office at {@code now}. */
  Executive available(Executive e, Instant now) {
    if (calendar(e).isOutOfOffice(now) && e.deputy() != null) {
      return rules.executive(e.deputy()).orElse(e);
    }
    return e;
  }
}
