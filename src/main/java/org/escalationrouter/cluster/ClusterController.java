package org.escalationrouter.cluster;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cluster}: the daemons on this database, what they read and which rules they run.
 */
@RestController
class ClusterController {

  private final Ownership ownership;

  ClusterController(Ownership ownership) {
    this.ownership = ownership;
  }

  record ClusterView(String thisNode, boolean rulesAgree, List<ClusterNode> nodes) {}

  @GetMapping("/api/cluster")
  ClusterView cluster() {
    List<ClusterNode> nodes = ownership.nodes();
    return new ClusterView(ownership.node(), ClusterNode.rulesAgree(nodes), nodes);
  }
}
