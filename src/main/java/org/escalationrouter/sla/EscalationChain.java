package org.escalationrouter.sla;

import java.util.Optional;

/** Who stands above and beside an executive, and when they work. Implemented by the app. */
public interface EscalationChain {

  /** Empty at the top of the chain. */
  Optional<String> managerOf(String executiveId);

  BusinessCalendar calendarOf(String executiveId);

  /** Who receives an executive's notices while they are out of office; empty if nobody does. */
  Optional<String> deputyOf(String executiveId);
}
