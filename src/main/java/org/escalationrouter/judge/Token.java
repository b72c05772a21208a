package org.escalationrouter.judge;

/**
 * One word of a sentence, folded for matching (lower case, no accents), with its place in the
 * original text so evidence can quote the customer's exact words. {@code handle} marks a word
 * written right after an at sign, as in a tweet's "@timesofindia".
 */
record Token(String text, int start, int end, boolean handle) {

  Token(String text, int start, int end) {
    this(text, start, end, false);
  }

  boolean isNumber() {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }
}
