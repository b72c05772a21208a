package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A request that the letter reach the owners, board, CEO or senior management, or to speak to a
 * manager. The phrases pair a request verb with a title, so a bare "CEO" never fires; questions
 * count ("could I speak to a manager?").
 */
final class PrincipalRequest implements SignalDetector {

  private static final Set<Guard> GUARDS = EnumSet.of(Guard.NEGATION, Guard.HYPOTHETICAL);

  private final double threshold;

  PrincipalRequest(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.PRINCIPAL_REQUEST;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    return PhraseEvidence.of(text, signal().wireName(), GUARDS)
        .detection(signal(), text, threshold);
  }
}
