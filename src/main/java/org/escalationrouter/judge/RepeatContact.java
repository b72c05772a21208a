package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The customer has been in touch before about the same matter without result. Questions count ("why
 * do I have to call a third time?").
 */
final class RepeatContact implements SignalDetector {

  private static final Set<Guard> GUARDS = EnumSet.of(Guard.NEGATION, Guard.HYPOTHETICAL);

  private final double threshold;

  RepeatContact(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.REPEAT_CONTACT;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    return PhraseEvidence.of(text, signal().wireName(), GUARDS)
        .detection(signal(), text, threshold);
  }
}
