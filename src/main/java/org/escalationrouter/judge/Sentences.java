package org.escalationrouter.judge;

import java.util.BitSet;

/** Nearness of sentences, for compositions whose parts may stand in neighbouring sentences. */
final class Sentences {

  private Sentences() {}

  /** Some sentence of {@code marked} is within {@code window} sentences of {@code sentence}. */
  static boolean near(BitSet marked, int sentence, int window) {
    int from = Math.max(0, sentence - window);
    int first = marked.nextSetBit(from);
    return first >= 0 && first <= sentence + window;
  }
}
