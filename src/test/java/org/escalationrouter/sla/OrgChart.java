package org.escalationrouter.sla;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An EscalationChain built up in a test: an absent person's deputy receives their notices. The
 * app's rule (bouncing addresses, the manager after the deputy) is the directory's, tested there.
 */
final class OrgChart implements EscalationChain {

  private final Map<String, String> managers = new HashMap<>();
  private final Map<String, String> deputies = new HashMap<>();
  private final Map<String, BusinessCalendar> calendars = new HashMap<>();

  OrgChart person(String executiveId, BusinessCalendar calendar) {
    calendars.put(executiveId, calendar);
    return this;
  }

  OrgChart reportsTo(String executiveId, String managerId) {
    managers.put(executiveId, managerId);
    return this;
  }

  OrgChart deputy(String executiveId, String deputyId) {
    deputies.put(executiveId, deputyId);
    return this;
  }

  @Override
  public Optional<String> managerOf(String executiveId) {
    return Optional.ofNullable(managers.get(executiveId));
  }

  @Override
  public BusinessCalendar calendarOf(String executiveId) {
    BusinessCalendar calendar = calendars.get(executiveId);
    if (calendar == null) {
      throw new IllegalArgumentException("no calendar for " + executiveId);
    }
    return calendar;
  }

  @Override
  public String whoReceives(String executiveId, Instant moment) {
    if (!calendarOf(executiveId).isOutOfOffice(moment)) {
      return executiveId;
    }
    return Optional.ofNullable(deputies.get(executiveId)).orElse(executiveId);
  }
}
