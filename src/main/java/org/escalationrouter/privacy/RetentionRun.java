package org.escalationrouter.privacy;

import java.util.Map;

/**
 * What one retention run removed, per kind of data; {@code ran} is false when another daemon holds
 * the job.
 */
public record RetentionRun(boolean ran, Map<String, Integer> removed) {

  static RetentionRun skipped() {
    return new RetentionRun(false, Map.of());
  }

  int total() {
    return removed.values().stream().mapToInt(Integer::intValue).sum();
  }
}
