package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The customer says they will cancel, leave, switch or not renew. Questions about how to cancel and
 * conditional talk ("if I decide to leave") are not threats.
 */
final class CancellationThreat implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION, Guard.QUESTION, Guard.HYPOTHETICAL);

  private final double threshold;

  CancellationThreat(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.CANCELLATION_THREAT;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    return PhraseEvidence.of(text, signal().wireName(), GUARDS)
        .detection(signal(), text, threshold);
  }
}
