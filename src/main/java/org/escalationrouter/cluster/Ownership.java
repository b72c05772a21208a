package org.escalationrouter.cluster;

import java.util.List;
import java.util.Optional;
import org.apache.camel.spi.RoutePolicy;

/**
 * Which daemon reads which source (a mailbox, or {@code letters} for the drop folder). One daemon
 * alone reads all of them; several on one database share them out.
 */
public interface Ownership {

  /** This daemon's name among the others. */
  String node();

  /**
   * The policy that starts and stops the route reading {@code source} as this node takes and loses
   * it; empty when the route simply runs.
   */
  Optional<RoutePolicy> policyFor(String source);

  /** The node reading {@code source} now, as far as this node knows; empty when none does. */
  Optional<String> owner(String source);

  /** Every node seen lately, this one included. */
  List<ClusterNode> nodes();
}
