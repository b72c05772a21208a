package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Telling others: reviews, social media, the press, friends and family. */
final class PublicExposure implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION, Guard.QUESTION, Guard.HYPOTHETICAL);

  private final double threshold;

  PublicExposure(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.PUBLIC_EXPOSURE;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    return PhraseEvidence.of(text, signal().wireName(), GUARDS)
        .detection(signal(), text, threshold);
  }
}
