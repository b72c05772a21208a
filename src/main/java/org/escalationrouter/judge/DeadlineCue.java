package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;

/**
 * An explicit deadline given to the company ("by Friday", "within 14 days", "bis Ende des Monats",
 * "sous huit jours", "do końca tygodnia", "antes del viernes"), or a time inside a threat's
 * condition ("if it's not fixed this week", "si c'est pas réparé demain"). Not a signal: with a
 * threat in the same or a neighbouring sentence it makes a letter critical.
 *
 * <p>A time the company promised ({@code promise-opening}: "they promised me an adjuster within 5
 * working days") is the story of a broken promise, not a deadline the writer sets; a deadline whose
 * words a promise covers does not count, unless its sentence is a condition ("unless it is frozen
 * as agreed by the end of the month, I'm cancelling"). "Otherwise" alone is a threat's condition,
 * not a deadline (the phrase files no longer list it).
 */
final class DeadlineCue {

  private static final Set<Guard> NO_GUARDS = EnumSet.noneOf(Guard.class);

  BitSet sentences(JudgedText text) {
    PhraseEvidence promised = PhraseEvidence.of(text, "promise-opening", NO_GUARDS);
    BitSet sentences = new BitSet();
    for (JudgedText.LanguageMatch lm : text.matches()) {
      PhraseMatch m = lm.match();
      if (m.key().equals("deadline")
          && (!promised.overlaps(m) || conditional(text.sentence(m), lm.language()))) {
        sentences.set(m.sentence());
      }
    }
    return sentences;
  }

  private static boolean conditional(Sentence sentence, LanguagePhrases language) {
    for (int i = 0; i < sentence.size(); i++) {
      if (language.isHypothetical(sentence.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when a deadline stands in, just before or just after a sentence of {@code threat}. */
  boolean near(BitSet deadlines, BitSet threat) {
    for (int s = threat.nextSetBit(0); s >= 0; s = threat.nextSetBit(s + 1)) {
      if (deadlines.get(s) || deadlines.get(s + 1) || (s > 0 && deadlines.get(s - 1))) {
        return true;
      }
    }
    return false;
  }
}
