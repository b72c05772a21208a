package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * A disputed charge, fee, bill, debt, penalty, refund or payment. Questions count ("why was I
 * charged twice?"); conditionals do not, unless they set an ultimatum on money not returned ("if
 * the £320 is not refunded by Friday").
 *
 * <p>Besides the phrases, a composition: an amount of money told with its currency ({@code amount}:
 * "£214", "8 €", "1 240 zł") in a text that complains ({@code complaint}) within a few sentences of
 * it. A complaint that names a sum is, as a kind, about that sum. It stays quiet when the text
 * tells the money as settled ({@code money-settled}: a refund received with thanks, a fee explained
 * and accepted).
 */
final class MoneyDispute implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION, Guard.HYPOTHETICAL_UNLESS_UNMET);

  private static final Set<Guard> AMOUNT_GUARDS = EnumSet.of(Guard.HYPOTHETICAL);

  private static final Set<Guard> COMPLAINT_GUARDS = EnumSet.of(Guard.NEGATION);

  private static final Set<Guard> SETTLED_GUARDS = EnumSet.of(Guard.NEGATION, Guard.HYPOTHETICAL);

  // the complaint is told in the amount's sentence or next to it
  private static final int COMPLAINT_WINDOW = 2;

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
    Optional<Detection> phrased =
        PhraseEvidence.of(text, signal().wireName(), GUARDS).detection(signal(), text, threshold);
    return phrased.isPresent() ? phrased : amountComplainedOf(text);
  }

  private Optional<Detection> amountComplainedOf(JudgedText text) {
    PhraseEvidence amounts = PhraseEvidence.of(text, "amount", AMOUNT_GUARDS);
    if (amounts.isEmpty()
        || !PhraseEvidence.of(text, "money-off", Set.of()).isEmpty()
        || !PhraseEvidence.of(text, "money-settled", SETTLED_GUARDS).isEmpty()) {
      return Optional.empty();
    }
    BitSet at = amounts.sentences();
    PhraseEvidence contest =
        PhraseEvidence.of(text, "money-contest", Set.of(), m -> at.get(m.sentence()))
            .plus(
                PhraseEvidence.of(
                    text,
                    "complaint",
                    COMPLAINT_GUARDS,
                    m -> Sentences.near(at, m.sentence(), COMPLAINT_WINDOW)));
    if (contest.isEmpty()) {
      return Optional.empty();
    }
    return amounts.plus(contest).detection(signal(), text, 0);
  }
}
