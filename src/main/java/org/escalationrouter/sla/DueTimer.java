package org.escalationrouter.sla;

/** A stored timer picked for firing. */
record DueTimer(long id, PlannedTimer timer) {

  TimerEvent eventFor(String recipient, int level) {
    return new TimerEvent(id, timer.caseId(), timer.kind(), recipient, level, timer.dueAt());
  }
}
