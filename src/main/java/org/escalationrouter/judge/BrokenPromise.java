package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Something promised or agreed that did not happen. Strong phrases ("your rep promised") stand
 * alone; a weak "they told me it would..." needs a weak failure cue ("still not") too. Negation is
 * not a guard here: the failure itself is usually a negation.
 */
final class BrokenPromise implements SignalDetector {

  private static final Set<Guard> GUARDS = EnumSet.of(Guard.HYPOTHETICAL, Guard.QUESTION);

  private final double threshold;

  BrokenPromise(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.BROKEN_PROMISE;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    return PhraseEvidence.of(text, signal().wireName(), GUARDS)
        .detection(signal(), text, threshold);
  }
}
