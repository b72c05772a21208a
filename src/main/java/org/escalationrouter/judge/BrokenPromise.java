package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * Something promised or agreed that did not happen. Strong phrases ("your rep promised") stand
 * alone; a weak one ("I was told it would...") needs an {@code unkept} cue ("still not") in the
 * same text. Negation is not a guard here: the failure itself is usually a negation, and so are
 * complaints put as questions ("how come you won't honour the offer?"). A promise told as kept
 * ("the engineer came exactly when you said he would") is no signal unless something in the text
 * still shows a failure.
 *
 * <p>One more kind of failure composes with a weak promise: a very short sentence that is a bare
 * denial ({@code unkept-short}: "It wasn't.", "Rien.", "Nada.", "Nichts."). A weak promise in a
 * sentence that tells an obligation of the customer ({@code promise-off}: "they told me I would
 * need to pay") is none.
 *
 * <p>Two cues count only where they open a sentence or a dated line (nothing but numbers and
 * punctuation before them), as chronologies and terse narratives tell them: a promise with no
 * subject ({@code promise-opening}: "Told fitting w/c 16/06.", "Me dicen que en 5 días me
 * reintegran.") and a nominal denial in a sentence of a few words ({@code unkept-opening}: "No
 * engineer, no call.", "Nada de reintegro.", "Kein Techniker.", "Aucun rappel.").
 *
 * <p>A promise quoted in the company's own words and said by whom ({@code promise-quoted}: "'Refund
 * in 5 working days,' they said.", "« Sous huit jours », m'a-t-on dit.", "„Kommt nächste Woche“,
 * hieß es.") is a weak promise like the others: it needs a failure near it.
 *
 * <p>A promise about the price ({@code promise-cost}: "said it was free", "im Preis enthalten", "me
 * dijo que era gratis") is broken by a sum charged, or a charge told without its sum ({@code
 * cost-charged}: "my first bill charges all three"), within a few sentences either side of it,
 * since complaints often name the charge first and the promise after ("You've charged me £35. Your
 * agent said it was included."). A promise that names a sum itself ("we agreed on £300") is broken
 * by a different sum nearby ("the invoice says £780").
 */
final class BrokenPromise implements SignalDetector {

  private static final Set<Guard> GUARDS = EnumSet.of(Guard.HYPOTHETICAL);

  // "not as promised" is the opposite of a kept promise
  private static final Set<Guard> GUARDS_KEPT = EnumSet.of(Guard.HYPOTHETICAL, Guard.NEGATION);

  // narratives often tell the failure a few sentences after the promise
  private static final int UNKEPT_WINDOW = 6;

  // a bare denial: "It wasn't." "No call." "Rien." (words, not punctuation)
  private static final int SHORT_SENTENCE = 3;

  // a nominal denial that opens a sentence: "No engineer, no call." "Ni auriculares ni nada."
  private static final int SHORT_DENIAL = 6;

  // a charge named a sentence or two before or after a promise about the price
  private static final int CHARGE_WINDOW = 2;

  private final double threshold;

  BrokenPromise(double threshold) {
    this.threshold = threshold;
  }

  /** The failure is told in the promise's sentence or one of the next few. */
  private static boolean near(BitSet promised, int sentence) {
    int from = Math.max(0, sentence - UNKEPT_WINDOW);
    int first = promised.nextSetBit(from);
    return first >= 0 && first <= sentence;
  }

  /**
   * A nominal denial that ends its sentence after a colon, as a verdict on what went before: "Sur
   * mes factures de février, mars et avril : aucun rabais.", "Result: nothing.", "Ergebnis:
   * nichts."
   */
  private static boolean afterColon(JudgedText text, PhraseMatch m) {
    List<Token> tokens = text.sentences().get(m.sentence()).tokens();
    if (m.start() == 0 || !tokens.get(m.start() - 1).text().equals(":")) {
      return false;
    }
    int words = 0;
    for (int i = m.start(); i < tokens.size(); i++) {
      if (Character.isLetter(tokens.get(i).text().charAt(0)) && ++words > SHORT_DENIAL) {
        return false;
      }
    }
    return true;
  }

  private static boolean bare(JudgedText text, int sentence) {
    return Sentences.wordsAtMost(text, sentence, SHORT_SENTENCE, Character::isLetterOrDigit);
  }

  @Override
  public Signal signal() {
    return Signal.BROKEN_PROMISE;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    Optional<Detection> found = promiseNotKept(text);
    if (found.isPresent() && praisesKept(text)) {
      return Optional.empty(); // praise for a promise kept
    }
    return found;
  }

  /**
   * A promise told as kept and no failure told. "As agreed" inside a demand to do what was agreed
   * ("Please apply the discount as agreed") tells nothing was done yet; elsewhere it praises.
   */
  private static boolean praisesKept(JudgedText text) {
    PhraseEvidence demands = PhraseEvidence.of(text, "promise-demanded", GUARDS);
    return !PhraseEvidence.of(text, "kept", GUARDS_KEPT, m -> !demands.overlaps(m)).isEmpty()
        && PhraseEvidence.of(text, "unkept", GUARDS).isEmpty();
  }

  private Optional<Detection> promiseNotKept(JudgedText text) {
    PhraseEvidence promise =
        PhraseEvidence.of(text, signal().wireName(), GUARDS)
            .plus(PhraseEvidence.of(text, "promise-demanded", GUARDS));
    if (promise.strongest() >= threshold) {
      return promise.detection(signal(), text, threshold);
    }
    promise =
        promise
            .plus(PhraseEvidence.of(text, "promise-opening", GUARDS, m -> Sentences.opens(text, m)))
            .plus(
                PhraseEvidence.of(
                    text, "promise-quoted", GUARDS, m -> Sentences.besideQuote(text, m)));
    if (promise.isEmpty()) {
      return Optional.empty();
    }
    // a weak promise ("I was told it would...") counts once something shows it was not kept;
    // not where the sentence tells an obligation of the customer ("told me I would need to pay")
    BitSet obliged = PhraseEvidence.of(text, "promise-off", Set.of()).sentences();
    promise =
        obliged.isEmpty()
            ? promise
            : PhraseEvidence.of(text, signal().wireName(), GUARDS, m -> !obliged.get(m.sentence()))
                .plus(
                    PhraseEvidence.of(
                        text,
                        "promise-opening",
                        GUARDS,
                        m -> !obliged.get(m.sentence()) && Sentences.opens(text, m)))
                .plus(
                    PhraseEvidence.of(
                        text,
                        "promise-quoted",
                        GUARDS,
                        m -> !obliged.get(m.sentence()) && Sentences.besideQuote(text, m)));
    if (promise.isEmpty()) {
      return Optional.empty();
    }
    BitSet promised = promise.sentences();
    PhraseEvidence unkept =
        PhraseEvidence.of(text, "unkept", GUARDS, m -> near(promised, m.sentence()))
            .plus(
                PhraseEvidence.of(
                    text,
                    "unkept-short",
                    GUARDS,
                    m -> near(promised, m.sentence()) && bare(text, m.sentence())))
            .plus(
                PhraseEvidence.of(
                    text,
                    "unkept-opening",
                    GUARDS,
                    m ->
                        near(promised, m.sentence())
                            && (Sentences.opens(text, m)
                                    && Sentences.wordsAtMost(
                                        text, m.sentence(), SHORT_DENIAL, Character::isLetter)
                                || afterColon(text, m))));
    unkept = unkept.plus(chargedAgainst(text, promise));
    return unkept.isEmpty() ? Optional.empty() : promise.plus(unkept).detection(signal(), text, 0);
  }

  /**
   * Charges near a promise about the price: any sum or word of charging near "free", two sums after
   * it.
   */
  private static PhraseEvidence chargedAgainst(JudgedText text, PhraseEvidence promise) {
    BitSet promised = promise.sentences();
    BitSet free =
        PhraseEvidence.of(text, "promise-cost", GUARDS, m -> promised.get(m.sentence()))
            .sentences();
    PhraseEvidence charged =
        PhraseEvidence.of(
            text, "amount", GUARDS, m -> Sentences.near(free, m.sentence(), CHARGE_WINDOW));
    if (!charged.isEmpty()) {
      return charged;
    }
    // or a charge told without its sum: "My first bill charges all three", "me cobran los tres"
    PhraseEvidence billed =
        PhraseEvidence.of(
            text,
            "cost-charged",
            GUARDS_KEPT,
            m -> Sentences.near(free, m.sentence(), CHARGE_WINDOW));
    if (!billed.isEmpty()) {
      return billed;
    }
    // two sums told with the promise, one of them after it: "we agreed on £300 ... £780"
    PhraseEvidence sums =
        PhraseEvidence.of(
            text,
            "amount",
            GUARDS,
            m -> promised.get(m.sentence()) || promise.precedes(m, CHARGE_WINDOW));
    boolean after =
        !PhraseEvidence.of(text, "amount", GUARDS, m -> promise.precedes(m, CHARGE_WINDOW))
            .isEmpty();
    return after && sums.distinctQuotes(text) >= 2 ? sums : charged;
  }
}
