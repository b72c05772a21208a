package org.escalationrouter.judge;

import java.util.List;

/** A signal found in a letter, with every phrase that triggered it. */
public record SignalFinding(Signal signal, List<Evidence> evidence) {

  public SignalFinding {
    evidence = List.copyOf(evidence);
  }
}
