package org.escalationrouter.cluster;

import java.time.Instant;
import java.util.List;

/**
 * One daemon as its last heartbeat described it.
 *
 * @param sources the mailboxes (and {@code letters}, the drop folder) it reads
 * @param live whether its heartbeat is recent enough for it to count as running
 * @param rulesDiffer whether it runs other rules than most live nodes
 */
public record ClusterNode(
    String node,
    String address,
    String rulesVersion,
    List<String> sources,
    Instant startedAt,
    Instant lastSeen,
    boolean live,
    boolean rulesDiffer) {

  /** Whether these nodes run one version of the rules: none of them differs. */
  public static boolean rulesAgree(List<ClusterNode> nodes) {
    return nodes.stream().noneMatch(ClusterNode::rulesDiffer);
  }
}
