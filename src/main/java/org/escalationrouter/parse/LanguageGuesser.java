package org.escalationrouter.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English, Polish, German, French and Spanish apart by their most frequent short words and a
 * few letters only one of them uses. Five known languages and letters of a few lines each: function
 * words settle that faster and more steadily than an n-gram model trained on seventy languages.
 */
final class LanguageGuesser {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_HITS = 2;
  private static final int SAMPLE_CHARS = 20_000;
  private static final String OTHER = "other";

  private static final Map<String, Set<String>> STOP_WORDS =
      // en has more short words than the others: in a short post a Spanish "no" twice must not
      // outweigh the English around it
      Map.of(
          "en",
          Set.of(
              "the", "and", "is", "are", "was", "to", "of", "you", "your", "i", "my", "this",
              "that", "have", "has", "not", "for", "with", "it", "we", "be", "on", "will", "would",
              "please", "been", "from", "me", "what", "which", "our", "they", "at", "as", "no",
              "but", "or", "if", "how", "why", "just", "can", "all", "get", "got", "still", "again",
              "any", "now", "up", "out", "about", "did", "does", "had", "were", "could", "us",
              "than", "then", "because", "only", "very", "when", "who", "their", "them"),
          "pl",
          Set.of(
              "i", "w", "nie", "się", "na", "że", "jest", "to", "do", "jak", "z", "o", "mnie",
              "mój", "moja", "moje", "państwa", "proszę", "już", "ale", "czy", "tak", "od", "po",
              "dla", "też", "tylko", "był", "była", "było", "jestem", "który", "która", "sprawie",
              "mi", "nic", "nikt", "brak", "ze", "za", "co", "bo", "mam", "są", "ani"),
          "de",
          Set.of(
              "der", "die", "das", "und", "ist", "nicht", "ich", "sie", "mit", "den", "dem", "ein",
              "eine", "zu", "von", "auf", "für", "es", "wir", "ihr", "ihre", "ihnen", "mein",
              "meine", "habe", "haben", "bitte", "wurde", "noch", "auch", "aber", "bei", "sehr",
              "man", "mir", "mich", "wieder", "schon", "seit", "kein", "keine", "warum", "immer",
              "heute", "bis", "uns", "nichts"),
          "fr",
          Set.of(
              "le",
              "la",
              "les",
              "et",
              "est",
              "je",
              "vous",
              "pas",
              "de",
              "des",
              "du",
              "une",
              "un",
              "que",
              "qui",
              "pour",
              "dans",
              "ne",
              "mon",
              "ma",
              "mes",
              "votre",
              "vos",
              "avec",
              "sur",
              "au",
              "aux",
              "nous",
              "ai",
              "été",
              "merci",
              "cette",
              "mais",
              "très",
              "il",
              "elle",
              "ils",
              "suis",
              "sont",
              "avez",
              "avons",
              "depuis",
              "toujours",
              "rien",
              "jamais",
              "chez",
              "aussi",
              "on",
              "me",
              "ce",
              "ça",
              "aucun",
              "aucune",
              "plus"),
          "es",
          Set.of(
              "el", "la", "los", "las", "y", "es", "que", "de", "no", "por", "para", "con", "una",
              "un", "mi", "su", "sus", "se", "del", "al", "lo", "como", "pero", "muy", "está",
              "estoy", "han", "he", "ha", "usted", "ustedes", "gracias", "este", "esta", "estuve",
              "estaba", "están", "estamos", "tengo", "tiene", "tienen", "hoy", "nadie", "nada",
              "todo", "cuando", "donde", "porque", "también", "más", "quiero", "llevo", "hola",
              "nos", "mes", "me", "te", "nunca", "ya", "si", "mis", "sin", "ni", "le", "les", "hay",
              "fue"),
          // Italian is not one of ours; scored only so that it is not mistaken for Spanish
          OTHER,
          Set.of(
              "il", "di", "che", "per", "non", "sono", "della", "delle", "nel", "alla", "gli",
              "questo", "questa", "anche", "ma", "con", "una", "grazie", "ho", "abbiamo"));

  private static final Map<String, Pattern> OWN_LETTERS =
      Map.of(
          "pl", Pattern.compile("[ąęłńśźżćĄĘŁŃŚŹŻĆ]"),
          "de", Pattern.compile("[ßäöüÄÖÜ]"),
          "fr", Pattern.compile("[çèêëàâùûœîïéÇÈÊÀÉ]"),
          "es", Pattern.compile("[ñ¿¡ÑáíóúéÁÍÓÚÉ]"));

  // links, addresses, handles and hashtags
  private static final Pattern NOT_WORDS =
      Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+|[@#][\\p{L}\\p{N}_]+");

  // French elides its articles and pronouns ("m'a", "qu'on", "l'agence"); English does so only
  // after "I" ("I'm"), which this leaves out
  private static final Pattern FRENCH_ELISION =
      Pattern.compile("(?<!\\p{L})(?:[lmtdjncs]|qu)['’](?=\\p{L})", Pattern.CASE_INSENSITIVE);

  private LanguageGuesser() {}

  /** One of en, pl, de, fr, es, or null when the text gives too little to go on. */
  /**
   * Characters that are not drawn: soft hyphens, zero-width spaces and joiners, direction marks.
   */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

  static String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    // links, handles and addresses are no language ("t.co" is not Polish "co"); characters that are
    // not drawn (soft hyphens, zero-width spaces, even one after every letter) split no word
    String sample =
        NOT_WORDS
            .matcher(
                INVISIBLE
                    .matcher(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text)
                    .replaceAll(""))
            .replaceAll(" ");
    Map<String, Integer> scores = new java.util.HashMap<>();
    Matcher words = WORD.matcher(sample.toLowerCase(Locale.ROOT));
    while (words.find()) {
      String word = words.group();
      STOP_WORDS.forEach(
          (lang, set) -> {
            if (set.contains(word)) {
              scores.merge(lang, 2, Integer::sum);
            }
          });
    }
    long elisions = FRENCH_ELISION.matcher(sample).results().limit(20).count();
    if (elisions > 0) {
      scores.merge("fr", 2 * (int) elisions, Integer::sum);
    }
    OWN_LETTERS.forEach(
        (lang, letters) -> {
          long count = letters.matcher(sample).results().limit(20).count();
          if (count > 0) {
            scores.merge(lang, (int) count, Integer::sum);
          }
        });
    String best = null;
    int bestScore = 0;
    int second = 0;
    for (var e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        second = bestScore;
        bestScore = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    // two stop words at least, and a clear lead over the runner-up
    boolean clear = bestScore >= MIN_HITS * 2 && bestScore > second * 1.3;
    return clear && !OTHER.equals(best) ? best : null;
  }
}
