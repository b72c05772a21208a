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

  Disclaimer(JudgedText text) {
    disclaimers = text.matchesOf("disclaim");
  }

  static Disclaimer of(JudgedText text) {
    return new Disclaimer(text);
  }

  /** A disclaimer before the match in its sentence, with no contrast word between them. */
  boolean covers(JudgedText text, PhraseMatch m) {
    for (PhraseMatch d : disclaimers) {
      if (d.sentence() == m.sentence() && d.start() <= m.start() && !contrastBetween(text, d, m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contrastBetween(JudgedText text, PhraseMatch d, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    for (int i = d.end(); i < m.start(); i++) {
      if (CONTRAST.contains(sentence.word(i))) {
        return true;
      }
    }
    return false;
  }
}
