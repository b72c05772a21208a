package org.escalationrouter.sla;

/** Daemons sharing one embedded H2 database, each with its own connections. */
class SlaTimersConcurrencyTest extends SeveralDaemonsOnOneDatabase {

  @Override
  TimerDatabase database() {
    return TimerDatabase.h2InMemory();
  }
}
