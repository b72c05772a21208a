package org.escalationrouter.cluster;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * This daemon as the others see it: its name, its address and the rules version it runs now (read
 * at each heartbeat, so a reload shows at the next one).
 */
record ThisNode(
    String name, Supplier<String> address, Supplier<String> rulesVersion, Instant startedAt) {

  /** Its heartbeat at {@code now}, reading {@code sources}. */
  NodeHeartbeats.Beat beat(List<String> sources, Instant now) {
    return new NodeHeartbeats.Beat(
        name, address.get(), rulesVersion.get(), sources, startedAt, now);
  }
}
