package org.escalationrouter.sla;

import java.util.ArrayList;
import java.util.List;

/** SlaActions that keep every event, in firing order. */
final class RecordedNotices implements SlaActions {

  private final List<TimerEvent> events = new ArrayList<>();

  @Override
  public synchronized void remind(TimerEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void breach(TimerEvent event) {
    events.add(event);
  }

  synchronized List<TimerEvent> events() {
    return List.copyOf(events);
  }

  synchronized List<TimerEvent> takeAll() {
    List<TimerEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }
}
