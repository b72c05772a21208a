package org.escalationrouter.judge;

/**
 * One word of a sentence, folded for matching (lower case, no accents), with its place in the
 * original text so evidence can quote the customer's exact words. {@code handle} marks a word
 * written right after an at sign, as in a tweet's "@timesofindia".
 */
record Token(String text, int start, int end, boolean handle, String bare) {

  /** The elided articles and pronouns of French written onto the next word ("j'", "l'", "qu'"). */
  private static final java.util.regex.Pattern ELISION =
      java.util.regex.Pattern.compile("(?:j|l|d|m|t|s|c|qu)'(?=[a-z])");

  Token(String text, int start, int end, boolean handle) {
    this(text, start, end, handle, withoutElision(text));
  }

  Token(String text, int start, int end) {
    this(text, start, end, false);
  }

  /**
   * The word without an elided French article or pronoun before it ("j'envisage" is "envisage",
   * "l'avocat" is "avocat"), so a pattern word matches it with or without one; the negation "n'"
   * stays, so the negation guards still see it. Otherwise the word itself.
   */
  private static String withoutElision(String text) {
    var m = ELISION.matcher(text);
    return m.lookingAt() ? text.substring(m.end()) : text;
  }

  /** Whether an elided article or pronoun was written onto the word. */
  boolean elided() {
    return bare.length() != text.length();
  }

  boolean isNumber() {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }
}
