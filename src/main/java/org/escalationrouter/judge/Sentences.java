package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Nearness of sentences, for compositions whose parts may stand in neighbouring sentences, and
 * where in its sentence a match stands.
 */
final class Sentences {

  private Sentences() {}

  /**
   * Whether the sentence has at most {@code limit} words, a word being a token whose first
   * character passes {@code wordStart}.
   */
  static boolean wordsAtMost(JudgedText text, int sentence, int limit, IntPredicate wordStart) {
    int words = 0;
    for (Token token : text.sentences().get(sentence).tokens()) {
      if (wordStart.test(token.text().charAt(0)) && ++words > limit) {
        return false;
      }
    }
    return true;
  }

  /** Some sentence of {@code marked} is within {@code window} sentences of {@code sentence}. */
  static boolean near(BitSet marked, int sentence, int window) {
    int from = Math.max(0, sentence - window);
    int first = marked.nextSetBit(from);
    return first >= 0 && first <= sentence + window;
  }

  /** The longest quotation taken as one: past it, an opening mark is taken as unbalanced. */
  private static final int MAX_QUOTATION = 400;

  /**
   * The spans of the text that stand in double quotation marks („…“, «…», “…”, "…"), as start and
   * end offsets; single quotes are left out, being apostrophes as often.
   */
  static List<int[]> quotations(String text) {
    List<int[]> spans = new java.util.ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open >= 0) {
        boolean closes = c == closer || (closer == '“' && (c == '”' || c == '"'));
        if (closes) {
          spans.add(new int[] {open, i});
          open = -1;
        } else if (i - open > MAX_QUOTATION) {
          open = -1;
        }
        continue;
      }
      switch (c) {
        case '„' -> closer = '“';
        case '«' -> closer = '»';
        case '“' -> closer = '”';
        case '"' -> closer = '"';
        default -> closer = 0;
      }
      if (closer != 0) {
        open = i;
      }
    }
    return spans;
  }

  /** The characters from {@code start} to {@code end} lie inside one of the quotations. */
  static boolean quoted(List<int[]> spans, int start, int end) {
    return quotation(spans, start, end) != null;
  }

  /** The quotation the characters from {@code start} to {@code end} lie inside, or null. */
  static int[] quotation(List<int[]> spans, int start, int end) {
    for (int[] span : spans) {
      if (span[0] < start && end <= span[1]) {
        return span;
      }
    }
    return null;
  }

  /** Marks that close a quotation ('"', '”', '“', '»', '«', '’', '\''). */
  private static final String CLOSING_QUOTES = "\"”“»«’'";

  /** Marks that open a quotation. */
  private static final String OPENING_QUOTES = "\"“„«»‘'";

  /** What may stand between a quotation and the words that say who said it: ", " or " – ". */
  private static final String BETWEEN = " \t,;:-–—";

  /**
   * The match says who spoke the words quoted right beside it: a quotation closes just before it
   * ("'Refund in 5 days,' they said"; "« Sous huit jours », m'a-t-on dit"), or one opens just after
   * it and a colon ("They told me: "Tuesday, for sure."").
   */
  static boolean besideQuote(JudgedText text, PhraseMatch match) {
    List<Token> tokens = text.sentences().get(match.sentence()).tokens();
    String all = text.text();
    int before = tokens.get(match.start()).start() - 1;
    int limit = Math.max(0, before - 4);
    while (before >= limit && BETWEEN.indexOf(all.charAt(before)) >= 0) {
      before--;
    }
    // a quotation closed by the end of its own sentence is followed by a new sentence, not by who
    // said it, unless that sentence goes on in lower case ('"Monday!" he said.')
    boolean sameSentence =
        match.start() > 0 || Character.isLowerCase(all.charAt(tokens.get(0).start()));
    if (sameSentence && before >= 0 && CLOSING_QUOTES.indexOf(all.charAt(before)) >= 0) {
      return true;
    }
    int after = tokens.get(match.end() - 1).end();
    int end = Math.min(all.length(), after + 4);
    boolean colon = false;
    while (after < end && BETWEEN.indexOf(all.charAt(after)) >= 0) {
      colon |= all.charAt(after) == ':';
      after++;
    }
    return colon && after < all.length() && OPENING_QUOTES.indexOf(all.charAt(after)) >= 0;
  }

  /**
   * Only numbers and punctuation stand before the match: it opens its sentence or a dated line
   * ("16/06 - rang", "- 5/11: nada de reintegro").
   */
  static boolean opens(JudgedText text, PhraseMatch match) {
    List<Token> tokens = text.sentences().get(match.sentence()).tokens();
    for (int i = 0; i < match.start(); i++) {
      if (Character.isLetter(tokens.get(i).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
