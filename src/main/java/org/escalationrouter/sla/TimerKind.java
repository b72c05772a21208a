package org.escalationrouter.sla;

import java.util.Set;

/** What a timer does when it comes due. */
public enum TimerKind {
  REMIND_ACK,
  REMIND_RESOLVE,
  BREACH_ACK,
  BREACH_RESOLVE;

  /** The timers an acknowledgement makes pointless. */
  public static final Set<TimerKind> ACKNOWLEDGE = Set.of(REMIND_ACK, BREACH_ACK);

  /** The timers a resolution makes pointless (pass both sets to stop everything). */
  public static final Set<TimerKind> RESOLVE = Set.of(REMIND_RESOLVE, BREACH_RESOLVE);

  public boolean isBreach() {
    return this == BREACH_ACK || this == BREACH_RESOLVE;
  }
}
