package org.escalationrouter.cluster;

import java.util.List;
import java.util.Set;

/**
 * How many sources (mailboxes, the drop folder) one node may read: an even share among the live
 * nodes, rounded up, so every source can find a reader. A node below its share tries the free
 * sources; a node above it (a node has just joined) lets one go per tick, for a node below its
 * share to take.
 */
record FairShare(int sources, int liveNodes) {

  FairShare {
    liveNodes = Math.max(1, liveNodes);
  }

  int perNode() {
    return (sources + liveNodes - 1) / liveNodes;
  }

  /** What this node does in one tick. */
  record Plan(List<String> tryToTake, List<String> letGo) {}

  /**
   * @param all every source this node could read, in a stable order
   * @param held those it holds now
   * @param heldElsewhere those another live node holds (known from the heartbeats)
   */
  Plan plan(List<String> all, Set<String> held, Set<String> heldElsewhere) {
    int room = perNode() - held.size();
    if (room < 0) {
      // the last held one goes: with the sources in a stable order the nodes agree on nothing, but
      // letting go of one per tick keeps the mailboxes from all changing hands at once
      List<String> mine = all.stream().filter(held::contains).toList();
      return new Plan(List.of(), List.of(mine.get(mine.size() - 1)));
    }
    List<String> free =
        all.stream().filter(s -> !held.contains(s) && !heldElsewhere.contains(s)).toList();
    return new Plan(free.subList(0, Math.min(room, free.size())), List.of());
  }
}
