package org.escalationrouter.judge;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;

/**
 * The judge's verdict on a letter.
 *
 * @param rule the severity rule that produced {@code severity}, in words an admin recognises
 */
public record Judgement(Severity severity, List<SignalFinding> findings, String rule) {

  public Judgement {
    findings = List.copyOf(findings);
  }

  public Set<Signal> signals() {
    return findings.stream().map(SignalFinding::signal).collect(Collectors.toUnmodifiableSet());
  }

  public boolean has(Signal signal) {
    return findings.stream().anyMatch(f -> f.signal() == signal);
  }

  /** Signal names in a stable order, comma separated, as in the X-Escalation-Signals header. */
  public String signalNames() {
    return findings.stream()
        .map(f -> f.signal())
        .sorted()
        .map(Signal::wireName)
        .collect(Collectors.joining(","));
  }
}
