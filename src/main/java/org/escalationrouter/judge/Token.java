package org.escalationrouter.judge;

/**
 * One word of a sentence, folded for matching (lower case, no accents), with its place in the
 * original text so evidence can quote the customer's exact words.
 */
record Token(String text, int start, int end) {

  boolean isNumber() {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }
}
