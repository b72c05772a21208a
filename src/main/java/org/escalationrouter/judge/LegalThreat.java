package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Lawyers, courts, lawsuits, regulators, ombudsmen, consumer bodies, chargebacks. "I am not
 * threatening legal action" is not one.
 */
final class LegalThreat implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION, Guard.QUESTION, Guard.HYPOTHETICAL);

  private final double threshold;

  LegalThreat(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.LEGAL_THREAT;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    return PhraseEvidence.of(text, signal().wireName(), GUARDS)
        .detection(signal(), text, threshold);
  }
}
