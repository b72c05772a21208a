package org.escalationrouter.sla;

/**
 * What the rest of the application does when a timer fires. Called inside the transaction that
 * marks the timer fired: writes through the same DataSource commit or roll back with it, and an
 * exception leaves the timer unfired, to be retried after {@code escalation.sla.retry-delay}. By
 * the time an action runs, the fired timer is no longer pending and a breach's next level is.
 */
public interface SlaActions {

  void remind(TimerEvent event);

  void breach(TimerEvent event);
}
