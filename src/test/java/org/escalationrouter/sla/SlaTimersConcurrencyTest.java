package org.escalationrouter.sla;

/** Two daemons sharing one embedded H2 database, each with its own connections. */
class SlaTimersConcurrencyTest extends TwoDaemonsOnOneDatabase {

  @Override
  TimerDatabase database() {
    return TimerDatabase.h2InMemory();
  }
}
