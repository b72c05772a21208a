package org.escalationrouter.judge;

import java.util.List;

/**
 * A parsed phrase: slots that must appear in order, each followed by at most {@code gaps[i]} other
 * words before the next slot.
 *
 * @param key the signal wire name, or a cue group such as {@code complaint} or {@code deadline}
 * @param origin {@code file:line} the pattern came from, for explanations and errors
 */
record PhrasePattern(
    String key, String source, double weight, List<Slot> slots, int[] gaps, String origin) {

  private static final int MAX_ENDS = 8;

  /** False when some slot needs a word the sentence does not have: a cheap early rejection. */
  boolean possibleIn(java.util.Set<String> words, List<Token> tokens) {
    for (int i = 1; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      String[] required = slot.requiredWordArray();
      if (required != null && !anyIn(required, slot.requiredWords(), words, tokens)) {
        return false;
      }
    }
    return true;
  }

  /** Walks the shorter side: the slot's words or the sentence's. */
  private static boolean anyIn(
      String[] required,
      java.util.Set<String> requiredSet,
      java.util.Set<String> words,
      List<Token> tokens) {
    if (required.length <= tokens.size()) {
      for (String w : required) {
        if (words.contains(w)) {
          return true;
        }
      }
      return false;
    }
    for (Token t : tokens) {
      if (requiredSet.contains(t.text()) || requiredSet.contains(t.bare())) {
        return true;
      }
    }
    return false;
  }

  /** The first words this pattern can start with, for indexing. */
  List<TokenMatcher> firstMatchers() {
    return slots.get(0).alternatives().stream().map(run -> run.get(0)).toList();
  }

  /**
   * Tries to match starting exactly at {@code start}; returns the match or null. The match's slot
   * mask marks which words the slots took (the rest were gaps), relative to start.
   */
  PhraseMatch matchAt(Sentence sentence, int start) {
    long[] mask = new long[1];
    int end = matchSlot(sentence, 0, start, start, mask);
    return end < 0 ? null : new PhraseMatch(this, sentence.index(), start, end, mask[0]);
  }

  private int matchSlot(Sentence sentence, int slot, int at, int origin, long[] mask) {
    int[] ends = new int[MAX_ENDS];
    int n = slots.get(slot).matchFrom(sentence, at, ends);
    for (int k = 0; k < n; k++) {
      int end = ends[k];
      long saved = mask[0];
      for (int i = at; i < end; i++) {
        mask[0] |= i - origin < 64 ? 1L << (i - origin) : 0L;
      }
      if (slot + 1 == slots.size()) {
        return end;
      }
      int last = Math.min(end + gaps[slot], sentence.size());
      for (int next = end; next <= last; next++) {
        int done = matchSlot(sentence, slot + 1, next, origin, mask);
        if (done >= 0) {
          return done;
        }
      }
      mask[0] = saved;
    }
    return -1;
  }
}
