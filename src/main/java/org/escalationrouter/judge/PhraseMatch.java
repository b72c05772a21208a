package org.escalationrouter.judge;

/**
 * Where a phrase pattern matched: tokens {@code start} (inclusive) to {@code end} (exclusive) of a
 * sentence. Bit i of {@code slotMask} is set when token start+i belongs to a slot, not a gap.
 */
record PhraseMatch(PhrasePattern pattern, int sentence, int start, int end, long slotMask) {

  boolean inSlot(int token) {
    int offset = token - start;
    return offset >= 0 && offset < 64 && (slotMask & (1L << offset)) != 0;
  }

  String key() {
    return pattern.key();
  }

  /** Whether {@code other} stands in the same sentence over any of the same words. */
  boolean overlaps(PhraseMatch other) {
    return sentence == other.sentence && start < other.end && other.start < end;
  }
}
