package org.escalationrouter.sla;

import java.time.Instant;
import java.util.Optional;

/**
 * Who stands above an executive, when they work, and who receives their notices. Implemented by the
 * app's directory, which alone decides who stands in for whom.
 */
public interface EscalationChain {

  /** Empty at the top of the chain. */
  Optional<String> managerOf(String executiveId);

  BusinessCalendar calendarOf(String executiveId);

  /**
   * Who receives the notices meant for an executive at {@code moment}: the executive themself, or
   * whoever stands in while they are away or unreachable.
   */
  String whoReceives(String executiveId, Instant moment);
}
