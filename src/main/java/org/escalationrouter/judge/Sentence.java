package org.escalationrouter.judge;

import java.util.List;

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
}
