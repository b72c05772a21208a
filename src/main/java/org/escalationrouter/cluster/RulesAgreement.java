package org.escalationrouter.cluster;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Whether the live nodes run one version of the rules. The version most nodes run is the rule; a
 * node running another differs. With no majority (two nodes, two versions) every node differs:
 * nothing says which edit is the intended one.
 *
 * @param versions each live node's rules version, by node
 */
record RulesAgreement(Map<String, String> versions) {

  static RulesAgreement of(List<NodeHeartbeats.Beat> live) {
    return new RulesAgreement(
        live.stream()
            .collect(
                Collectors.toMap(
                    NodeHeartbeats.Beat::node,
                    NodeHeartbeats.Beat::rulesVersion,
                    (a, b) -> a,
                    TreeMap::new)));
  }

  /** How many versions the live nodes run: 1 when they agree (0 before the first heartbeat). */
  long distinct() {
    return versions.values().stream().distinct().count();
  }

  boolean agree() {
    return distinct() <= 1;
  }

  /** Whether {@code node} runs other rules than the majority of the live nodes. */
  boolean differs(String node) {
    String version = versions.get(node);
    if (version == null || agree()) {
      return false;
    }
    Map<String, Long> counts =
        versions.values().stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    boolean majority = counts.values().stream().filter(c -> c == most).count() == 1;
    return !majority || counts.get(version) < most;
  }
}
