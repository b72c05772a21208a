package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * Someone elderly, ill, disabled, bereaved or otherwise vulnerable, written about or writing. An
 * age or a condition told in the same sentence as the person's ease or joy ({@code capable}: "she
 * is fine", "très autonome", "hat sich riesig gefreut", "świetnie radzi sobie") is no
 * vulnerability.
 */
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
    BitSet capable = PhraseEvidence.of(text, "capable", EnumSet.noneOf(Guard.class)).sentences();
    List<PhraseMatch> figurative = figurative(text);
    return PhraseEvidence.of(
            text,
            signal().wireName(),
            GUARDS,
            m -> !capable.get(m.sentence()) && figurative.stream().noneMatch(m::overlaps))
        .detection(signal(), text, threshold);
  }

  /**
   * Illness words used as a figure of speech ({@code figurative}: "sick of your excuses", "sick and
   * tired", "malade de voir", "krank vor Ärger"): a vulnerability phrase over the same words is
   * dropped, other phrases of the sentence still count.
   */
  private static List<PhraseMatch> figurative(JudgedText text) {
    return text.matchesOf("figurative");
  }
}
