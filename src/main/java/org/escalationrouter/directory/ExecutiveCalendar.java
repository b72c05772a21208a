package org.escalationrouter.directory;

import org.escalationrouter.sla.BusinessCalendar;

/** An executive's working hours, holidays and absences as the SLA engine counts them. */
final class ExecutiveCalendar {

  private ExecutiveCalendar() {}

  static BusinessCalendar of(Executive e) {
    return new BusinessCalendar(
        e.timeZone(), WorkingHours.parse(e.workingHours()), e.holidays(), e.outOfOffice());
  }
}
