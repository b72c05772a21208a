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

  /**
   * Spanish object pronouns written onto an infinitive, a gerund or an imperative ("devolverme",
   * "llamándolos", "contárselo", "háganselo", "dígale"): the verb is what a pattern names.
   */
  private static final java.util.regex.Pattern CLITICS =
      java.util.regex.Pattern.compile(
          "([a-z]+?(?:ar|er|ir|ando|iendo|yendo|an|en|a|e))(?:me|te|se|nos|os|le|les|lo|los|la|las){1,2}");

  private static final java.util.Set<String> SHORT_VERBS =
      java.util.Set.of("dar", "ver", "ir", "oir");

  Token(String text, int start, int end, boolean handle) {
    this(text, start, end, handle, bareForm(text));
  }

  Token(String text, int start, int end) {
    this(text, start, end, false);
  }

  /**
   * The word without an elided French article or pronoun before it ("j'envisage" is "envisage",
   * "l'avocat" is "avocat"; the negation "n'" stays, so the negation guards still see it), or
   * without Spanish object pronouns after it ("reembolsarme" is "reembolsar"), or without its
   * hyphens ("e-mail", "E-Mail" and "call-back" are "email" and "callback"), so a pattern word
   * matches it with or without them. Otherwise the word itself.
   */
  private static String bareForm(String text) {
    var m = ELISION.matcher(text);
    if (m.lookingAt()) {
      return text.substring(m.end());
    }
    var c = CLITICS.matcher(text);
    if (c.matches() && (c.group(1).length() >= 4 || SHORT_VERBS.contains(c.group(1)))) {
      return c.group(1);
    }
    if (text.indexOf('-') > 0 && Character.isLetter(text.charAt(0))) {
      return text.replace("-", ""); // "e-mail" is "email", "call-back" is "callback"
    }
    return text;
  }

  /** Whether the word has a bare form of its own (see {@code bareForm}). */
  boolean elided() {
    return bare.length() != text.length();
  }

  boolean isNumber() {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }
}
