package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the small phrase language of the phrase files:
 *
 * <pre>
 *   (will|shall|am going to) ~3 cancel* my @service
 * </pre>
 *
 * Words match whole folded words; {@code word*} matches a stem; {@code (a|b c)} offers
 * alternatives, each one or more words; {@code @name} is a named word set of the same file; {@code
 * <num>} any number, {@code <age>} a number from 65 to 119, {@code <handle>} any word written as a
 * handle ("@united"); {@code @@name} a one-word member of the set written as a handle
 * ("@timesofindia"); {@code ~N} lets up to N other words stand before the next slot; {@code (a|b)?}
 * or {@code word?} may be left out.
 */
final class PatternParser {

  static final int MAX_GAP = 12;

  /** The shortest ending a leading star may take ("*storung"). */
  static final int ENDING_LETTERS = 4;

  private final Map<String, List<String>> sets;

  PatternParser(Map<String, List<String>> sets) {
    this.sets = sets;
  }

  /** Parses one pattern or throws {@link IllegalArgumentException} saying what is wrong. */
  PhrasePattern parse(String key, String source, double weight, String origin) {
    List<List<List<TokenMatcher>>> slots = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>();
    String s = source.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '~') {
        int j = i + 1;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        if (j == i + 1 || slots.isEmpty() || gaps.size() == slots.size()) {
          throw new IllegalArgumentException("'~' needs a number and must follow a word: " + s);
        }
        int gap = Integer.parseInt(s.substring(i + 1, j));
        if (gap > MAX_GAP) {
          throw new IllegalArgumentException("gap ~" + gap + " is larger than ~" + MAX_GAP);
        }
        gaps.add(gap);
        i = j;
      } else if (c == '(') {
        int close = s.indexOf(')', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed '(' in: " + s);
        }
        List<List<TokenMatcher>> slot = group(s.substring(i + 1, close));
        i = close + 1;
        if (i < s.length() && s.charAt(i) == '?') {
          slot = optional(slot, slots.isEmpty());
          i++;
        }
        addSlot(slots, gaps, slot);
      } else if (c == ')' || c == '|') {
        throw new IllegalArgumentException("unexpected '" + c + "' in: " + s);
      } else {
        int j = i;
        while (j < s.length()
            && !Character.isWhitespace(s.charAt(j))
            && "()|~".indexOf(s.charAt(j)) < 0) {
          j++;
        }
        String word = s.substring(i, j);
        boolean optional = word.length() > 1 && word.endsWith("?");
        word = optional ? word.substring(0, word.length() - 1) : word;
        List<List<TokenMatcher>> slot =
            word.startsWith("@@")
                ? handleAlternatives(word)
                : word.startsWith("@") ? setAlternatives(word) : List.of(List.of(matcher(word)));
        addSlot(slots, gaps, optional ? optional(slot, slots.isEmpty()) : slot);
        i = j;
      }
    }
    if (gaps.size() == slots.size()) {
      throw new IllegalArgumentException("pattern cannot end with a gap: " + s);
    }
    int[] gapArray = gaps.stream().mapToInt(Integer::intValue).toArray();
    List<Slot> built = slots.stream().map(Slot::new).toList();
    return new PhrasePattern(key, s, weight, built, gapArray, origin);
  }

  /** An optional slot is one more alternative: no words at all. */
  private static List<List<TokenMatcher>> optional(List<List<TokenMatcher>> slot, boolean first) {
    if (first) {
      throw new IllegalArgumentException("a pattern cannot start with an optional part");
    }
    List<List<TokenMatcher>> withEmpty = new ArrayList<>(slot);
    withEmpty.add(List.of());
    return withEmpty;
  }

  private static void addSlot(
      List<List<List<TokenMatcher>>> slots, List<Integer> gaps, List<List<TokenMatcher>> slot) {
    if (gaps.size() < slots.size()) {
      gaps.add(0);
    }
    slots.add(slot);
  }

  private List<List<TokenMatcher>> group(String body) {
    List<List<TokenMatcher>> alternatives = new ArrayList<>();
    for (String alternative : body.split("\\|", -1)) {
      String a = alternative.trim();
      if (a.isEmpty()) {
        throw new IllegalArgumentException("empty alternative in (" + body + ")");
      }
      if (a.startsWith("@@") && !a.contains(" ")) {
        alternatives.addAll(handleAlternatives(a));
      } else if (a.startsWith("@") && !a.contains(" ")) {
        alternatives.addAll(setAlternatives(a));
      } else {
        alternatives.add(run(a));
      }
    }
    return alternatives;
  }

  private List<List<TokenMatcher>> setAlternatives(String ref) {
    List<String> members = sets.get(ref.substring(1));
    if (members == null) {
      throw new IllegalArgumentException("unknown word set " + ref);
    }
    List<List<TokenMatcher>> alternatives = new ArrayList<>();
    for (String member : members) {
      alternatives.add(run(member));
    }
    return alternatives;
  }

  /** {@code @@name}: the one-word members of set {@code name}, written as handles. */
  private List<List<TokenMatcher>> handleAlternatives(String ref) {
    List<List<TokenMatcher>> alternatives = new ArrayList<>();
    for (List<TokenMatcher> run : setAlternatives(ref.substring(1))) {
      if (run.size() == 1) {
        alternatives.add(List.of(new TokenMatcher.Handle(run.get(0))));
      }
    }
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException(
          "word set " + ref.substring(1) + " has no one-word member");
    }
    return alternatives;
  }

  private static List<TokenMatcher> run(String words) {
    List<TokenMatcher> run = new ArrayList<>();
    for (String word : words.trim().split("\\s+")) {
      run.add(matcher(word));
    }
    return run;
  }

  static TokenMatcher matcher(String word) {
    if (word.equals("<num>")) {
      return new TokenMatcher.AnyNumber();
    }
    if (word.equals("<age>")) {
      return new TokenMatcher.OldAge();
    }
    if (word.equals("<handle>")) {
      return new TokenMatcher.AnyHandle();
    }
    if (word.startsWith("<") || word.startsWith("@")) {
      throw new IllegalArgumentException("unknown placeholder " + word);
    }
    boolean ending = word.startsWith("*");
    if (ending) {
      word = word.substring(1);
    }
    boolean stem = word.endsWith("*");
    if (ending && stem) {
      throw new IllegalArgumentException("'*" + word + "' has a star at both ends (one only)");
    }
    String body = stem ? word.substring(0, word.length() - 1) : word;
    List<Sentence> split = SentenceSplitter.split(body);
    String folded = SentenceSplitter.fold(body);
    if (split.size() != 1 || split.get(0).size() != 1 || !split.get(0).word(0).equals(folded)) {
      throw new IllegalArgumentException(
          "'" + word + "' is not one word for the tokenizer (write its parts with spaces)");
    }
    if (stem && folded.length() < 3) {
      throw new IllegalArgumentException("stem '" + word + "' is too short (3 letters at least)");
    }
    if (ending && folded.length() < ENDING_LETTERS) {
      throw new IllegalArgumentException(
          "ending '*" + word + "' is too short (" + ENDING_LETTERS + " letters at least)");
    }
    if (ending) {
      return new TokenMatcher.Ending(folded);
    }
    return stem ? new TokenMatcher.Stem(folded) : new TokenMatcher.Word(folded);
  }
}
