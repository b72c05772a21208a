package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.List;

/**
 * Nearness of sentences, for compositions whose parts may stand in neighbouring sentences, and
 * where in its sentence a match stands.
 */
final class Sentences {

  private Sentences() {}

  /** Some sentence of {@code marked} is within {@code window} sentences of {@code sentence}. */
  static boolean near(BitSet marked, int sentence, int window) {
    int from = Math.max(0, sentence - window);
    int first = marked.nextSetBit(from);
    return first >= 0 && first <= sentence + window;
  }

  /**
   * Only numbers and punctuation stand before the match: it opens its sentence or a dated line
   * ("16/06 - rang", "- 5/11: nada de reintegro").
   */
  static boolean opens(JudgedText text, PhraseMatch match) {
    List<Token> tokens = text.sentences().get(match.sentence()).tokens();
    for (int i = 0; i < match.start(); i++) {
      if (Character.isLetter(tokens.get(i).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
