package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;

/** The rubric's severity table, with thresholds and combinations from {@link JudgeSettings}. */
final class SeverityPolicy {

  /** A severity and the rule that produced it, in words an admin recognises. */
  record Verdict(Severity severity, String rule) {}

  private final int highCount;
  private final int criticalCount;
  private final Set<Signal> highAlone;
  private final List<List<Signal>> criticalPairs;
  private final Set<Signal> threats;
  private final boolean deadlineCritical;

  SeverityPolicy(JudgeSettings settings) {
    this.highCount = settings.highSignalCount();
    this.criticalCount = settings.criticalSignalCount();
    this.highAlone = signals(settings.highAlone());
    this.criticalPairs = new ArrayList<>();
    for (String pair : settings.criticalPairs()) {
      List<Signal> two = List.copyOf(signals(List.of(pair.split("\\+"))));
      if (two.size() != 2) {
        throw new IllegalArgumentException("critical pair must name two signals: " + pair);
      }
      // keep the admin's order, so the rule reads as configured
      criticalPairs.add(
          pair.trim().startsWith(two.get(0).wireName()) ? two : List.of(two.get(1), two.get(0)));
    }
    this.threats = signals(settings.threats());
    this.deadlineCritical = settings.deadlineWithThreatCritical();
  }

  Set<Signal> threats() {
    return threats;
  }

  Verdict decide(Set<Signal> found, Set<Signal> threatsWithDeadline, boolean complaint) {
    if (found.size() >= criticalCount) {
      return new Verdict(Severity.CRITICAL, "critical: " + criticalCount + " or more signals");
    }
    for (List<Signal> pair : criticalPairs) {
      if (found.containsAll(pair)) {
        return new Verdict(
            Severity.CRITICAL,
            "critical: " + pair.get(0).wireName() + " with " + pair.get(1).wireName());
      }
    }
    if (deadlineCritical && !threatsWithDeadline.isEmpty()) {
      return new Verdict(
          Severity.CRITICAL, "critical: explicit deadline with " + names(threatsWithDeadline));
    }
    for (Signal signal : found) {
      if (highAlone.contains(signal)) {
        return new Verdict(Severity.HIGH, "high: " + signal.wireName());
      }
    }
    if (found.size() >= highCount) {
      return new Verdict(Severity.HIGH, "high: " + highCount + " or more signals");
    }
    if (!found.isEmpty()) {
      return new Verdict(Severity.MEDIUM, "medium: one signal (" + names(found) + ")");
    }
    if (complaint) {
      return new Verdict(Severity.MEDIUM, "medium: complaint without a signal");
    }
    return new Verdict(Severity.LOW, "low: no signal");
  }

  private static String names(Set<Signal> signals) {
    return signals.stream().sorted().map(Signal::wireName).collect(Collectors.joining(", "));
  }

  private static Set<Signal> signals(List<String> names) {
    Set<Signal> signals = EnumSet.noneOf(Signal.class);
    for (String name : names) {
      signals.add(
          Signal.fromWireName(name.trim())
              .orElseThrow(() -> new IllegalArgumentException("unknown signal: " + name)));
    }
    return signals;
  }
}
