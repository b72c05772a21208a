package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the judge knows about one language: the cue words that change a sentence's meaning
 * (negation, hypotheticals, clause breaks, question openers), stop words for guessing the language,
 * and the phrase patterns per signal, indexed by the first word they can start with.
 */
final class LanguagePhrases {

  private final String language;
  private final Set<String> stopwords;
  private final Set<String> negations;
  private final Set<String> negationsAfter;
  private final Set<String> hypotheticals;
  private final Set<String> clauseBreaks;
  private final Set<String> questionStarts;
  private final Map<String, List<PhrasePattern>> byWord = new HashMap<>();
  private final Map<String, List<PhrasePattern>> byStem = new HashMap<>();
  private final Map<String, List<PhrasePattern>> byEnding = new HashMap<>();
  private final List<PhrasePattern> byNumber = new ArrayList<>();
  private final int patternCount;

  LanguagePhrases(PhraseFile file, List<PhrasePattern> patterns) {
    this.language = file.language();
    this.stopwords = fold(file.words("stopwords"));
    this.negations = fold(file.words("negations"));
    this.negationsAfter = fold(file.words("negations-after"));
    this.hypotheticals = fold(file.words("hypotheticals"));
    this.clauseBreaks = fold(file.words("clause-breaks"));
    this.questionStarts = fold(file.words("question-starts"));
    for (PhrasePattern pattern : patterns) {
      for (TokenMatcher first : pattern.firstMatchers()) {
        List<PhrasePattern> bucket = byNumber;
        if (first instanceof TokenMatcher.Handle h) {
          first = h.word();
        }
        if (first instanceof TokenMatcher.Word w) {
          bucket = byWord.computeIfAbsent(w.word(), k -> new ArrayList<>());
        } else if (first instanceof TokenMatcher.Stem s) {
          // stems are at least three letters; the first three pick the bucket, the slot checks the
          // rest
          bucket = byStem.computeIfAbsent(s.stem().substring(0, 3), k -> new ArrayList<>());
        } else if (first instanceof TokenMatcher.Ending e) {
          // endings are at least four letters; the last three pick the bucket
          bucket = byEnding.computeIfAbsent(last3(e.ending()), k -> new ArrayList<>());
        }
        addAll(bucket, List.of(pattern));
      }
    }
    this.patternCount = patterns.size();
  }

  String language() {
    return language;
  }

  int patternCount() {
    return patternCount;
  }

  boolean isStopword(String word) {
    return stopwords.contains(word);
  }

  boolean isNegation(String word) {
    return negations.contains(word) || word.endsWith("n't");
  }

  /**
   * A negation that follows the verb it negates, as German puts it ("ich kündige nicht", "Kündigen
   * will ich deswegen nicht"); empty for languages that negate before the verb.
   */
  boolean isNegationAfter(String word) {
    return negationsAfter.contains(word);
  }

  boolean isHypothetical(String word) {
    return hypotheticals.contains(word);
  }

  boolean isClauseBreak(String word) {
    return clauseBreaks.contains(word);
  }

  boolean isQuestionStart(String word) {
    return questionStarts.contains(word);
  }

  /** Every match of every pattern in the sentence, earliest first. */
  void scan(Sentence sentence, List<PhraseMatch> out) {
    List<PhrasePattern> candidates = new ArrayList<>();
    Set<String> words = new HashSet<>();
    for (Token t : sentence.tokens()) {
      words.add(t.text());
      if (t.elided()) {
        words.add(t.bare());
      }
    }
    java.util.Map<PhrasePattern, Boolean> possible = new java.util.IdentityHashMap<>();
    for (int i = 0; i < sentence.size(); i++) {
      Token token = sentence.tokens().get(i);
      candidates.clear();
      addIndexed(candidates, token.text());
      if (token.elided()) {
        addIndexed(candidates, token.bare());
      }
      if (token.isNumber()) {
        addAll(candidates, byNumber);
      }
      for (PhrasePattern pattern : candidates) {
        if (!possible.computeIfAbsent(pattern, p -> p.possibleIn(words, sentence.tokens()))) {
          continue;
        }
        PhraseMatch match = pattern.matchAt(sentence, i);
        if (match != null) {
          out.add(match);
        }
      }
    }
  }

  /** The patterns whose first word may be this one, by the whole word, its stem or its ending. */
  private void addIndexed(List<PhrasePattern> candidates, String word) {
    addAll(candidates, byWord.get(word));
    if (word.length() >= 3) {
      addAll(candidates, byStem.get(word.substring(0, 3)));
      if (!byEnding.isEmpty()) {
        addAll(candidates, byEnding.get(last3(word)));
      }
    }
  }

  private static String last3(String word) {
    return word.substring(word.length() - 3);
  }

  private static void addAll(List<PhrasePattern> candidates, List<PhrasePattern> more) {
    if (more != null) {
      for (PhrasePattern p : more) {
        if (!containsSame(candidates, p)) {
          candidates.add(p);
        }
      }
    }
  }

  private static boolean containsSame(List<PhrasePattern> patterns, PhrasePattern p) {
    for (PhrasePattern q : patterns) {
      if (q == p) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> fold(List<String> words) {
    Set<String> folded = new HashSet<>();
    words.forEach(w -> folded.add(SentenceSplitter.fold(w)));
    return Set.copyOf(folded);
  }
}
