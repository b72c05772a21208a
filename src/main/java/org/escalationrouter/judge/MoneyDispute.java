package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
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
 * and accepted), and an amount that a question only asks about is not composed.
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
    // the writer saying money is not what they are after ({@code money-disclaim}: "I'm not looking
    // for compensation", "je ne demande pas de remboursement") takes the phrase it overlaps and
    // leaves the sums of the letter uncontested
    List<PhraseMatch> disclaimed = text.matchesOf("money-disclaim");
    Optional<Detection> phrased =
        PhraseEvidence.of(
                text, signal().wireName(), GUARDS, m -> disclaimed.stream().noneMatch(m::overlaps))
            .detection(signal(), text, threshold);
    return phrased.isPresent() || !disclaimed.isEmpty() ? phrased : amountComplainedOf(text);
  }

  private Optional<Detection> amountComplainedOf(JudgedText text) {
    if (text.matchesOf("amount").isEmpty()
        || !PhraseEvidence.of(text, "money-off", Set.of()).isEmpty()
        || !PhraseEvidence.of(text, "money-settled", SETTLED_GUARDS).isEmpty()) {
      return Optional.empty();
    }
    BitSet askedAbout = questionsAboutMoney(text);
    PhraseEvidence amounts =
        PhraseEvidence.of(text, "amount", AMOUNT_GUARDS, m -> !askedAbout.get(m.sentence()));
    if (amounts.isEmpty()) {
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

  /**
   * Sentences that ask about a sum rather than contest it ("Est-ce que le prélèvement de 38,40 €
   * correspond bien à la cotisation ?", "czy to już według nowej taryfy?"): questions with no
   * complaint of their own that do not open with "why" ({@code principal-rhetorical}, which
   * complains: "Why was I charged £45 twice?"), that are not followed by a complaint ("… 1240 zł?
   * To jakiś żart.") and do not end in a double mark ("?!", "??"). An amount told there does not
   * compose with a bill noun into a dispute; a phrase that disputes ("I want it refunded") still
   * counts.
   */
  private static BitSet questionsAboutMoney(JudgedText text) {
    BitSet complains =
        PhraseEvidence.of(text, "complaint", COMPLAINT_GUARDS)
            .plus(PhraseEvidence.of(text, "principal-rhetorical", Set.of()))
            .sentences();
    BitSet asked = new BitSet();
    for (Sentence s : text.sentences()) {
      if (s.question()
          && !complains.get(s.index())
          && !complains.get(s.index() + 1)
          && !indignant(text, s)) {
        asked.set(s.index());
      }
    }
    return asked;
  }

  /**
   * A question that ends in more than one mark ("1240 zł za 2 miesiące??", "Gebühr?!") protests.
   */
  private static boolean indignant(JudgedText text, Sentence s) {
    if (s.tokens().isEmpty()) {
      return false;
    }
    String raw = text.text();
    int marks = 0;
    for (int i = s.tokens().get(s.tokens().size() - 1).end(); i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '?' || c == '!') {
        marks++;
      } else if (!Character.isWhitespace(c) && c != '"' && c != '»' && c != '”' && c != ')') {
        break;
      }
    }
    return marks > 1;
  }
}
