package org.escalationrouter.cases;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.escalationrouter.facts.Signal;

/**
 * A case's signals as the {@code signals} column keeps them: wire names, sorted, comma-joined (the
 * list and search match whole names between the commas).
 */
final class StoredSignals {

  private StoredSignals() {}

  static String write(Set<Signal> signals) {
    return Signal.inWireOrder(signals).stream()
        .map(Signal::wireName)
        .collect(Collectors.joining(","));
  }

  /** A name no signal has any more is left out, as the follow-up judgement always did. */
  static Set<Signal> read(String stored) {
    if (stored == null || stored.isBlank()) {
      return Set.of();
    }
    return Signal.inWireOrder(
        Arrays.stream(stored.split(","))
            .map(Signal::fromWireName)
            .flatMap(java.util.Optional::stream)
            .toList());
  }
}
