package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of a phrase pattern: its alternatives, each a short run of word tests, indexed by the
 * first word so that matching looks up the few runs that can start at a token instead of trying
 * them all.
 */
final class Slot {

  private static final List<List<TokenMatcher>> NONE = List.of();

  private final List<List<TokenMatcher>> alternatives;
  private final Map<String, List<List<TokenMatcher>>> byWord = new HashMap<>();
  private final List<List<TokenMatcher>> others = new ArrayList<>();
  private final boolean optional;
  private final String[] requiredArray;

  Slot(List<List<TokenMatcher>> alternatives) {
    this.alternatives = List.copyOf(alternatives);
    boolean empty = false;
    for (List<TokenMatcher> run : alternatives) {
      if (run.isEmpty()) {
        empty = true;
      } else if (run.get(0) instanceof TokenMatcher.Word w) {
        byWord.computeIfAbsent(w.word(), k -> new ArrayList<>()).add(run);
      } else {
        others.add(run);
      }
    }
    this.optional = empty;
    this.requiredArray =
        optional || !others.isEmpty() ? null : byWord.keySet().toArray(String[]::new);
  }

  /**
   * The words one of which must stand in a sentence for this slot to match there, or null when the
   * slot may be empty or starts with a stem or number.
   */
  java.util.Set<String> requiredWords() {
    return optional || !others.isEmpty() ? null : byWord.keySet();
  }

  /** {@link #requiredWords()} as an array, quicker to walk; null in the same cases. */
  String[] requiredWordArray() {
    return requiredArray;
  }

  List<List<TokenMatcher>> alternatives() {
    return alternatives;
  }

  boolean optional() {
    return optional;
  }

  /** Where the slot can end when it starts at {@code at}, or -1 for each failed run. */
  int matchFrom(Sentence sentence, int at, int[] ends) {
    int n = 0;
    if (at < sentence.size()) {
      Token token = sentence.tokens().get(at);
      for (List<TokenMatcher> run : byWord.getOrDefault(token.text(), NONE)) {
        n = add(ends, n, matchRun(sentence, run, at));
      }
      if (token.elided()) {
        for (List<TokenMatcher> run : byWord.getOrDefault(token.bare(), NONE)) {
          n = add(ends, n, matchRun(sentence, run, at));
        }
      }
      for (List<TokenMatcher> run : others) {
        if (run.get(0).accepts(token)) {
          n = add(ends, n, matchRun(sentence, run, at));
        }
      }
    }
    if (optional) {
      n = add(ends, n, at);
    }
    return n;
  }

  private static int add(int[] ends, int n, int end) {
    if (end < 0 || n >= ends.length) {
      return n;
    }
    for (int i = 0; i < n; i++) {
      if (ends[i] == end) {
        return n;
      }
    }
    ends[n] = end;
    return n + 1;
  }

  private static int matchRun(Sentence sentence, List<TokenMatcher> run, int at) {
    if (at + run.size() > sentence.size()) {
      return -1;
    }
    for (int i = 1; i < run.size(); i++) {
      if (!run.get(i).accepts(sentence.tokens().get(at + i))) {
        return -1;
      }
    }
    return at + run.size();
  }
}
