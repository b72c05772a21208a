package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Something promised or agreed that did not happen. Strong phrases ("your rep promised") stand
 * alone; a weak one ("I was told it would...") needs an {@code unkept} cue ("still not") in the
 * same text. Negation is not a guard here: the failure itself is usually a negation, and so are
 * complaints put as questions ("how come you won't honour the offer?"). A promise told as kept
 * ("the engineer came exactly when you said he would") is no signal unless something in the text
 * still shows a failure.
 */
final class BrokenPromise implements SignalDetector {

  private static final Set<Guard> GUARDS = EnumSet.of(Guard.HYPOTHETICAL);

  // "not as promised" is the opposite of a kept promise
  private static final Set<Guard> GUARDS_KEPT = EnumSet.of(Guard.HYPOTHETICAL, Guard.NEGATION);

  // narratives often tell the failure a few sentences after the promise
  private static final int UNKEPT_WINDOW = 6;

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

  @Override
  public Signal signal() {
    return Signal.BROKEN_PROMISE;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    Optional<Detection> found = promiseNotKept(text);
    if (found.isPresent()
        && !PhraseEvidence.of(text, "kept", GUARDS_KEPT).isEmpty()
        && PhraseEvidence.of(text, "unkept", GUARDS).isEmpty()) {
      return Optional.empty(); // praise for a promise kept
    }
    return found;
  }

  private Optional<Detection> promiseNotKept(JudgedText text) {
    PhraseEvidence promise = PhraseEvidence.of(text, signal().wireName(), GUARDS);
    if (promise.strongest() >= threshold || promise.isEmpty()) {
      return promise.detection(signal(), text, threshold);
    }
    // a weak promise ("I was told it would...") counts once something shows it was not kept
    BitSet promised = promise.sentences();
    PhraseEvidence unkept =
        PhraseEvidence.of(text, "unkept", GUARDS, m -> near(promised, m.sentence()));
    return unkept.isEmpty() ? Optional.empty() : promise.plus(unkept).detection(signal(), text, 0);
  }
}
