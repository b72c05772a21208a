package org.escalationrouter.judge;

import java.util.List;
import java.util.Set;

/** A sentence as a list of folded tokens; {@code question} when it ends with a question mark. */
record Sentence(int index, List<Token> tokens, boolean question) {

  Sentence {
    tokens = List.copyOf(tokens);
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).text();
  }

  /**
   * Whether a word of {@code words} stands at a position from {@code from} to {@code to} (excl.).
   */
  boolean anyOf(Set<String> words, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(size(), to); i++) {
      if (words.contains(word(i))) {
        return true;
      }
    }
    return false;
  }
}
