package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Someone elderly, ill, disabled, bereaved or otherwise vulnerable, written about or writing. */
final class VulnerableCustomer implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION, Guard.QUESTION, Guard.HYPOTHETICAL);

  private final double threshold;

  VulnerableCustomer(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.VULNERABLE_CUSTOMER;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    return PhraseEvidence.of(text, signal().wireName(), GUARDS)
        .detection(signal(), text, threshold);
  }
}
