package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.List;

/**
 * German typed without umlauts, as posts and foreign keyboards write it: "kuendigen", "Gebuehr",
 * "moechte", "Aerger" for "kündigen", "Gebühr", "möchte", "Ärger". A German text's words get the
 * umlaut reading as their bare form ({@link Token#bare()}), which folds as the phrase files do
 * ("kundigen"), so a pattern matches either spelling. Only "ae", "oe" and "ue" at the start of a
 * word or after a consonant are read so: after a vowel they are two sounds ("Dauer", "Steuer",
 * "neue"), and after "q" the "u" belongs to it ("Quelle"). The word itself still matches as
 * written, so "zuerst" or "aktuell" lose nothing.
 */
final class GermanSpelling {

  private GermanSpelling() {}

  /** The sentences with each word that reads differently with umlauts given that reading. */
  static List<Sentence> withUmlauts(List<Sentence> sentences) {
    List<Sentence> read = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      List<Token> tokens = null;
      for (int i = 0; i < sentence.size(); i++) {
        Token token = sentence.tokens().get(i);
        String umlauted = token.elided() ? token.text() : umlauted(token.text());
        if (umlauted != token.text()) {
          if (tokens == null) {
            tokens = new ArrayList<>(sentence.tokens());
          }
          tokens.set(
              i, new Token(token.text(), token.start(), token.end(), token.handle(), umlauted));
        }
      }
      read.add(
          tokens == null ? sentence : new Sentence(sentence.index(), tokens, sentence.question()));
    }
    return read;
  }

  /**
   * The folded word with "ae", "oe", "ue" read as the folded umlaut (the vowel alone); the same
   * string where nothing changes.
   */
  static String umlauted(String word) {
    StringBuilder read = null;
    for (int i = 1; i < word.length(); i++) {
      if (word.charAt(i) == 'e' && isUmlautBase(word.charAt(i - 1)) && opensUmlaut(word, i - 1)) {
        if (read == null) {
          read = new StringBuilder(word.length()).append(word, 0, i);
        }
        continue;
      }
      if (read != null) {
        read.append(word.charAt(i));
      }
    }
    return read == null ? word : read.toString();
  }

  private static boolean isUmlautBase(char c) {
    return c == 'a' || c == 'o' || c == 'u';
  }

  /** Whether the vowel at {@code at} starts the word or follows a consonant other than "q". */
  private static boolean opensUmlaut(String word, int at) {
    if (at == 0) {
      return true;
    }
    char before = word.charAt(at - 1);
    return before >= 'a' && before <= 'z' && "aeiouyq".indexOf(before) < 0;
  }
}
