package org.escalationrouter.judge;

import java.util.List;
import java.util.Set;

/**
 * A threat the writer disclaims earlier in the sentence ({@code disclaim} cue: "I'm not going to
 * the FCA or the ombudsman", "ich habe keinesfalls vor, einen Anwalt einzuschalten", "nie mam
 * zamiaru iść do sądu ani do rzecznika"). The disclaimer governs a list and a comma, which the
 * negation guard's short window does not reach; a contrast word ("but I will sue") ends it.
 */
final class Disclaimer {

  /** Words that turn from the disclaimer to what the writer will do, in the five languages. */
  private static final Set<String> CONTRAST =
      Set.of(
          "but",
          "however",
          "instead",
          "aber",
          "sondern",
          "jedoch",
          "mais",
          "cependant",
          "pero",
          "sino",
          "ale",
          "jednak",
          "lecz");

  private final List<PhraseMatch> disclaimers;

  /** Disclaimers that only ever close a clause ({@code disclaim-after}: "… habe ich nicht vor"). */
  private final List<PhraseMatch> closing;

  Disclaimer(JudgedText text) {
    disclaimers = text.matchesOf("disclaim");
    closing = text.matchesOf("disclaim-after");
  }

  static Disclaimer of(JudgedText text) {
    return new Disclaimer(text);
  }

  /**
   * A disclaimer before the match in its sentence, with no contrast word between them; or one that
   * closes the match's own clause a few words after it, as German and Polish put it ("einen Anwalt
   * einzuschalten habe ich nicht vor", "do sądu iść nie zamierzam").
   */
  boolean covers(JudgedText text, PhraseMatch m) {
    for (PhraseMatch d : disclaimers) {
      if (d.sentence() != m.sentence()) {
        continue;
      }
      if (d.start() <= m.start() && !contrastBetween(text.sentence(m), d.end(), m.start())) {
        return true;
      }
      if (closesClauseAfter(text, d, m)) {
        return true;
      }
    }
    for (PhraseMatch d : closing) {
      if (d.sentence() == m.sentence() && closesClauseAfter(text, d, m)) {
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between a match and a disclaimer that closes its clause. */
  private static final int AFTER_WINDOW = 4;

  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":");

  private static boolean closesClauseAfter(JudgedText text, PhraseMatch d, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    if (d.start() < m.end() || d.start() - m.end() > AFTER_WINDOW) {
      return false;
    }
    for (int i = m.end(); i < d.start(); i++) {
      if (CLAUSE_ENDS.contains(sentence.word(i))) {
        return false;
      }
    }
    // "nicht vor Freitag" is a date, not a disclaimer: the disclaimer ends the clause
    return (d.end() >= sentence.size() || CLAUSE_ENDS.contains(sentence.word(d.end())))
        && !contrastBetween(sentence, m.end(), d.start());
  }

  private static boolean contrastBetween(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CONTRAST.contains(sentence.word(i))) {
        return true;
      }
    }
    return false;
  }
}
