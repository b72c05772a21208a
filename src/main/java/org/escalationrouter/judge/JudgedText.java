package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One judged piece of a letter (the subject, the body's new text, an attachment) split into
 * sentences, with the languages whose phrases apply and every phrase match, found in one pass and
 * listed strongest first.
 *
 * @param location the {@link org.escalationrouter.parse.TextPart#source()} or {@code subject}
 */
record JudgedText(
    String location,
    String text,
    List<Sentence> sentences,
    List<LanguagePhrases> languages,
    List<LanguageMatch> matches) {

  /** A match together with the language whose cue words judge its context. */
  record LanguageMatch(PhraseMatch match, LanguagePhrases language) {}

  static JudgedText of(String location, String text, String language, PhraseBook book) {
    return of(location, text, language, book, null);
  }

  /**
   * As {@link #of(String, String, String, PhraseBook)}; where neither a declared language nor a
   * guess gives one, the text is read in {@code fallback}, and only without it in every language.
   */
  static JudgedText of(
      String location, String text, String language, PhraseBook book, LanguagePhrases fallback) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    LanguagePhrases declared = book.get(language);
    if (declared == null) {
      declared = book.get(book.guessLanguage(sentences));
    }
    if (declared == null) {
      declared = fallback;
    }
    if (declared != null && declared.language().equals("de")) {
      sentences = GermanSpelling.withUmlauts(sentences);
    }
    List<LanguagePhrases> languages =
        declared == null ? List.copyOf(book.all()) : List.of(declared);
    List<LanguageMatch> matches = new ArrayList<>();
    List<PhraseMatch> found = new ArrayList<>();
    for (LanguagePhrases phrases : languages) {
      for (Sentence sentence : sentences) {
        found.clear();
        phrases.scan(sentence, found);
        found.forEach(m -> matches.add(new LanguageMatch(m, phrases)));
      }
    }
    // strongest first (stable, so text order within a weight): see PhraseEvidence
    matches.sort(Comparator.comparingDouble(lm -> -lm.match().pattern().weight()));
    return new JudgedText(location, text, sentences, languages, matches);
  }

  /** The customer's own words for a match. */
  String quote(PhraseMatch match) {
    List<Token> tokens = sentences.get(match.sentence()).tokens();
    return text.substring(tokens.get(match.start()).start(), tokens.get(match.end() - 1).end());
  }

  /**
   * Whether the match stands wholly inside a quotation ({@link Sentences#quotations}) of at least
   * {@code words} words: quoted speech, not a name in quotation marks ("« J'alerte l'Arcep »").
   */
  boolean quotedSpeech(PhraseMatch match, List<int[]> quotations, int words) {
    List<Token> tokens = sentences.get(match.sentence()).tokens();
    int[] span =
        Sentences.quotation(
            quotations, tokens.get(match.start()).start(), tokens.get(match.end() - 1).end());
    return span != null
        && text.substring(span[0] + 1, span[1]).trim().split("\\s+").length >= words;
  }

  Sentence sentence(PhraseMatch match) {
    return sentences.get(match.sentence());
  }

  /** Every match of one phrase group, in any language, unguarded. */
  List<PhraseMatch> matchesOf(String key) {
    List<PhraseMatch> found = new ArrayList<>();
    for (LanguageMatch lm : matches) {
      if (lm.match().key().equals(key)) {
        found.add(lm.match());
      }
    }
    return found;
  }
}
