package org.escalationrouter.judge;

import java.util.List;

/**
 * A parsed phrase: slots that must appear in order, each followed by at most {@code gaps[i]} other
 * words before the next slot. A slot offers alternatives, each a short run of words.
 *
 * @param key the signal wire name, or {@code complaint} or {@code deadline}
 * @param origin {@code file:line} the pattern came from, for explanations and errors
 */
record PhrasePattern(
    String key,
    String source,
    double weight,
    List<List<List<TokenTest>>> slots,
    int[] gaps,
    String origin) {

  /** The first words this pattern can start with, for indexing. */
  List<TokenTest> firstTests() {
    return slots.get(0).stream().map(alternative -> alternative.get(0)).toList();
  }

  /**
   * Tries to match starting exactly at {@code start}; returns the match or null. {@code slotMask}
   * marks which words the slots took (the rest were gaps), relative to start.
   */
  PhraseMatch matchAt(Sentence sentence, int start) {
    long[] mask = new long[1];
    int end = matchSlot(sentence, 0, start, start, mask);
    return end < 0 ? null : new PhraseMatch(this, sentence.index(), start, end, mask[0]);
  }

  private int matchSlot(Sentence sentence, int slot, int at, int origin, long[] mask) {
    for (List<TokenTest> alternative : slots.get(slot)) {
      int end = matchRun(sentence, alternative, at);
      if (end < 0) {
        continue;
      }
      long saved = mask[0];
      for (int i = at; i < end; i++) {
        mask[0] |= bit(i - origin);
      }
      if (slot + 1 == slots.size()) {
        return end;
      }
      for (int next = end; next <= end + gaps[slot] && next < sentence.size(); next++) {
        int done = matchSlot(sentence, slot + 1, next, origin, mask);
        if (done >= 0) {
          return done;
        }
      }
      mask[0] = saved;
    }
    return -1;
  }

  private static long bit(int offset) {
    return offset < 64 ? 1L << offset : 0L;
  }

  private static int matchRun(Sentence sentence, List<TokenTest> run, int at) {
    if (at + run.size() > sentence.size()) {
      return -1;
    }
    for (int i = 0; i < run.size(); i++) {
      if (!run.get(i).accepts(sentence.tokens().get(at + i))) {
        return -1;
      }
    }
    return at + run.size();
  }
}
