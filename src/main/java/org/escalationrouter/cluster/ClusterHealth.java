package org.escalationrouter.cluster;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code cluster}: this node, the rules version it runs, what it reads, and, when
 * the live nodes run different rules, a {@code warning} naming each node's version. It stays UP
 * then (every node still records every case; load balancers should not drop it), and the gauge
 * {@code escalation.cluster.rules.versions} counts the versions, for an alert above 1.
 */
@Component("cluster")
class ClusterHealth implements HealthIndicator {

  private final Ownership ownership;

  ClusterHealth(Ownership ownership, MeterRegistry meters) {
    this.ownership = ownership;
    Gauge.builder("escalation.cluster.rules.versions", this, ClusterHealth::versions)
        .description("Rules versions run by the live daemons on this database (1 when they agree)")
        .register(meters);
    Gauge.builder("escalation.cluster.nodes.live", this, h -> live(h.ownership.nodes()).size())
        .description("Daemons on this database whose heartbeat is recent")
        .register(meters);
  }

  private static List<ClusterNode> live(List<ClusterNode> nodes) {
    return nodes.stream().filter(ClusterNode::live).toList();
  }

  private double versions() {
    return live(ownership.nodes()).stream().map(ClusterNode::rulesVersion).distinct().count();
  }

  @Override
  public Health health() {
    List<ClusterNode> nodes = ownership.nodes();
    Map<String, String> versions = new TreeMap<>();
    live(nodes).forEach(n -> versions.put(n.node(), n.rulesVersion()));
    ClusterNode self =
        nodes.stream().filter(n -> n.node().equals(ownership.node())).findFirst().orElse(null);
    Health.Builder b =
        Health.up().withDetail("node", ownership.node()).withDetail("liveNodes", versions.size());
    if (self != null) {
      b.withDetail("rulesVersion", self.rulesVersion()).withDetail("reads", self.sources());
    }
    if (versions.values().stream().distinct().count() > 1) {
      b.withDetail(
              "warning",
              self != null && self.rulesDiffer()
                  ? "this node runs other rules than the others"
                  : "the nodes run different rules")
          .withDetail("rulesVersions", versions);
    }
    return b.build();
  }
}
