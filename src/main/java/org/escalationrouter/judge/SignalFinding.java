package org.escalationrouter.judge;

import java.util.Comparator;
import java.util.List;
import org.escalationrouter.facts.Signal;

/**
 * A signal found in a letter, with every phrase that triggered it, strongest first: words from the
 * customer's text before words from the subject line, and within each, longer phrases before
 * shorter ones ("charged a $149 fee I never agreed to" before the subject's "fee").
 */
public record SignalFinding(Signal signal, List<Evidence> evidence) {

  static final Comparator<Evidence> STRONGEST_FIRST =
      Comparator.comparing((Evidence e) -> "subject".equals(e.location()))
          .thenComparing(e -> -words(e.phrase()))
          .thenComparing(e -> -e.phrase().length());

  public SignalFinding {
    evidence = evidence.stream().sorted(STRONGEST_FIRST).toList();
  }

  private static int words(String phrase) {
    return phrase.isBlank() ? 0 : phrase.strip().split("\\s+").length;
  }
}
