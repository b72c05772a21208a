package org.escalationrouter.cluster;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.camel.spi.RoutePolicy;

/** One daemon alone: it reads every source, and no lock or heartbeat is written. */
class SingleNode implements Ownership {

  private final ThisNode self;
  private final Clock clock;

  SingleNode(ThisNode self, Clock clock) {
    this.self = self;
    this.clock = clock;
  }

  @Override
  public String node() {
    return self.name();
  }

  @Override
  public Optional<RoutePolicy> policyFor(String source) {
    return Optional.empty();
  }

  @Override
  public Optional<String> owner(String source) {
    return Optional.of(self.name());
  }

  @Override
  public List<ClusterNode> nodes() {
    NodeHeartbeats.Beat beat = self.beat(List.of("all"), clock.instant());
    return List.of(
        new ClusterNode(
            beat.node(),
            beat.address(),
            beat.rulesVersion(),
            beat.sources(),
            beat.startedAt(),
            beat.lastSeen(),
            true,
            false));
  }
}
