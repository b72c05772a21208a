package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One phrase file as written, before its patterns are parsed: word lists, named word sets and raw
 * patterns, each remembering its line for error messages. Files for the same language merge, so an
 * admin's file extends the built-in one.
 */
record PhraseFile(
    String name,
    String language,
    Map<String, List<String>> wordLists,
    Map<String, List<String>> sets,
    List<RawPattern> patterns) {

  /** The word-list keys a phrase file may have besides {@code language}, {@code sets}, phrases. */
  static final List<String> WORD_LISTS =
      List.of(
          "stopwords",
          "negations",
          "negations-after",
          "hypotheticals",
          "clause-breaks",
          "question-starts");

  /** Pattern groups besides the signal names. */
  static final List<String> CUES =
      List.of(
          "complaint",
          "complaint-settled",
          "deadline",
          "unkept",
          "unkept-short",
          "unkept-opening",
          "promise-opening",
          "promise-quoted",
          "promise-demanded",
          "promise-off",
          "promise-cost",
          "cost-charged",
          "leaving-asked",
          "leaving-blocked",
          "leaving-short",
          "kept",
          "amount",
          "money-settled",
          "money-contest",
          "money-off",
          "money-disclaim",
          "contact-event",
          "repeat-off",
          "contact-opening",
          "request-renewed",
          "legal-routine",
          "legal-against",
          "legal-document",
          "legal-elsewhere",
          "disclaim",
          "disclaim-after",
          "capable",
          "figurative",
          "positive",
          "public-own",
          "principal-target",
          "principal-ask",
          "principal-want",
          "principal-imperative",
          "principal-reach",
          "principal-respond",
          "principal-must",
          "principal-until",
          "principal-salutation",
          "principal-addressee",
          "principal-self",
          "principal-reported",
          "principal-rhetorical",
          "principal-off",
          "principal-purpose",
          "principal-hearsay",
          "principal-item",
          "principal-who",
          "principal-address-line",
          "principal-address-title");

  record RawPattern(String key, String source, double weight, String origin) {}

  List<String> words(String list) {
    return wordLists.getOrDefault(list, List.of());
  }

  PhraseFile mergedWith(PhraseFile other) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    wordLists.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
    other.wordLists.forEach((k, v) -> lists.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    Map<String, List<String>> mergedSets = new LinkedHashMap<>();
    sets.forEach((k, v) -> mergedSets.put(k, new ArrayList<>(v)));
    other.sets.forEach((k, v) -> mergedSets.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    List<RawPattern> all = new ArrayList<>(patterns);
    all.addAll(other.patterns);
    return new PhraseFile(name + "+" + other.name, language, lists, mergedSets, all);
  }
}
