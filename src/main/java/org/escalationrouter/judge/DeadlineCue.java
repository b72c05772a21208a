package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;

/**
 * An explicit deadline ("by Friday", "within 14 days", "bis zum 20. Mai"). Not a signal: with a
 * threat in the same or a neighbouring sentence it makes a letter critical.
 */
final class DeadlineCue {

  BitSet sentences(JudgedText text) {
    return PhraseEvidence.of(text, "deadline", EnumSet.noneOf(Guard.class)).sentences();
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
