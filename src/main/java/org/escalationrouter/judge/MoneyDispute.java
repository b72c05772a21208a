package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A disputed charge, fee, bill, debt, penalty, refund or payment. Questions count ("why was I
 * charged twice?"); conditionals do not, unless they set an ultimatum on money not returned ("if
 * the £320 is not refunded by Friday").
 */
final class MoneyDispute implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION, Guard.HYPOTHETICAL_UNLESS_UNMET);

  private final double threshold;

  MoneyDispute(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.MONEY_DISPUTE;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    return PhraseEvidence.of(text, signal().wireName(), GUARDS)
        .detection(signal(), text, threshold);
  }
}
