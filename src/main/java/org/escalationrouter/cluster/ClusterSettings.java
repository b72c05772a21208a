package org.escalationrouter.cluster;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code escalation.cluster.*}: several daemons on one PostgreSQL database.
 *
 * @param enabled share the mailboxes and the drop folder with the other daemons on this database
 *     (on in the postgres profile); off, this daemon reads every source as one daemon always did
 * @param node this daemon's name among the others; unset means host and pid
 * @param address how operators reach this daemon, shown in {@code /api/cluster}; unset means host
 *     and HTTP port
 * @param takeOver at most this long after the daemon reading a mailbox dies, another takes it over
 */
@ConfigurationProperties("escalation.cluster")
public record ClusterSettings(
    @DefaultValue("false") boolean enabled,
    @Nullable String node,
    @Nullable String address,
    @DefaultValue("15s") Duration takeOver) {

  public ClusterSettings {
    if (takeOver.toMillis() < 500) {
      throw new IllegalArgumentException("escalation.cluster.take-over must be at least 500ms");
    }
  }

  /** How often a node renews its locks, writes its heartbeat and looks for free sources. */
  Duration tick() {
    return takeOver.dividedBy(5);
  }

  /**
   * How long a lock lives unrenewed, and how long a silent node still counts as alive: three ticks,
   * so two missed renewals in a row are survived, and a dead holder's lock is free one tick before
   * the take-over time is up (the last tick finds it).
   */
  Duration lease() {
    return tick().multipliedBy(3);
  }
}
