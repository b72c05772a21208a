package org.escalationrouter.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deadlines and reminder moments for one case under one policy, in one executive's calendar.
 * Reminders fall at fractions of the working time, then move to the next working moment so that
 * none lands on the closing minute of a day.
 */
public record SlaSchedule(
    SlaPolicy policy,
    Instant start,
    Instant acknowledgeBy,
    Instant resolveBy,
    List<Instant> acknowledgeReminders,
    List<Instant> resolveReminders) {

  public SlaSchedule {
    acknowledgeReminders = List.copyOf(acknowledgeReminders);
    resolveReminders = List.copyOf(resolveReminders);
  }

  public static SlaSchedule of(SlaPolicy policy, BusinessCalendar calendar, Instant start) {
    return new SlaSchedule(
        policy,
        start,
        calendar.addWorkingTime(start, policy.acknowledge()),
        calendar.addWorkingTime(start, policy.resolve()),
        reminders(policy, calendar, start, policy.acknowledge()),
        reminders(policy, calendar, start, policy.resolve()));
  }

  private static List<Instant> reminders(
      SlaPolicy policy, BusinessCalendar calendar, Instant start, Duration allowed) {
    return policy.reminderFractions().stream()
        .map(fraction -> Duration.ofMillis(Math.round(allowed.toMillis() * fraction)))
        .map(share -> calendar.nextWorkingMoment(calendar.addWorkingTime(start, share)))
        .distinct()
        .toList();
  }
}
