package org.escalationrouter.judge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light tokenizer: sentences end at . ! ? followed by a space and a capital, digit or quote, at
 * blank lines and at ; inside long runs. Single line breaks are spaces, because mail is often hard
 * wrapped. Words keep inner apostrophes and hyphens ("don't", "charge-off"); currency signs and
 * commas are tokens of their own; numbers keep inner dots and commas ("89,90").
 */
final class SentenceSplitter {

  /** Marks that open the item of a list or chronology on a new line. */
  private static final String LIST_MARKS = "-\u2013\u2014\u2022*\u00b7";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** A word broken at the end of a line by a hyphen, as scanned and wrapped letters do. */
  private static final Pattern LINE_END_HYPHEN = Pattern.compile("[-\u00ad][ \\t]*\\r?\\n[ \\t]*");

  private static final char SOFT_HYPHEN = '\u00ad';

  /**
   * Characters that are not drawn: soft hyphens, zero-width spaces and joiners, byte-order marks
   * and direction marks. Text copied from web pages, word processors and PDF letters carries them
   * inside words, where they must not split "Geschäfts\u00adführung" or "C\u200bEO".
   */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

  /**
   * The most tokens a sentence holds. Text without a sentence end (a transcript without
   * punctuation, a subject of one word repeated, hostile input) is cut into pieces of at most this
   * many, so that the detectors' work on a sentence stays bounded whatever the text: real sentences
   * are far shorter, and a piece is cut after a comma, semicolon or colon when one is near.
   */
  static final int MAX_TOKENS = 250;

  /** How far back from {@link #MAX_TOKENS} a cut looks for a comma, semicolon or colon. */
  private static final int CUT_WINDOW = 60;

  private SentenceSplitter() {}

  static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int masked = maskedDateEnd(text, i);
      if (masked > i) {
        tokens.add(new Token(MASKED_DATE, i, masked, false));
        cutLongRun(sentences, tokens);
        i = masked;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        boolean number = Character.isDigit(c);
        boolean broken = false;
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if (invisible(d) && continuesWord(text, i)) {
            i++; // a soft hyphen or zero-width character inside a word: "Geschäfts\u00adführung"
          } else if ((d == '\'' || d == '’' || d == '-')
              && !number
              && i + 1 < n
              && isLetter(text, i + 1)) {
            i++;
          } else if ((d == '.' || d == ',') && number && i + 1 < n && isDigit(text, i + 1)) {
            i++;
          } else if ((d == '-' || d == SOFT_HYPHEN) && !number && lineEndHyphen(text, i) > 0) {
            i = lineEndHyphen(text, i);
            broken = true;
          } else {
            break;
          }
        }
        boolean handle =
            start > 0 && text.charAt(start - 1) == '@' || continuesHandle(text, start, tokens);
        String word = text.substring(start, i);
        if (broken) {
          word = LINE_END_HYPHEN.matcher(word).replaceAll("");
        }
        tokens.add(new Token(fold(word), start, i, handle));
        cutLongRun(sentences, tokens);
        continue;
      }
      if (isCurrency(c) || c == ',' || c == ';' || c == ':') {
        tokens.add(new Token(String.valueOf(c), i, i + 1));
        cutLongRun(sentences, tokens);
      }
      if (endsSentence(text, i)) {
        boolean question = c == '?';
        while (i + 1 < n && ".!?".indexOf(text.charAt(i + 1)) >= 0) {
          question |= text.charAt(i + 1) == '?';
          i++;
        }
        flush(sentences, tokens, question);
      }
      i++;
    }
    flush(sentences, tokens, false);
    return sentences;
  }

  /**
   * What a masked date reads as: a number, as the date it hides would. Regulators' complaint
   * databases publish narratives with every date masked ("on XX/XX/XXXX and again on XX/XX/2023").
   */
  static final String MASKED_DATE = "00/00/0000";

  private static final Pattern MASKED =
      Pattern.compile("(?i)xx/xx/(xxxx|xx|\\d{2}|\\d{4})(?![\\p{L}\\p{N}])");

  /** Where a masked date starting at {@code i} ends, or {@code i} when none starts there. */
  private static int maskedDateEnd(String text, int i) {
    char c = text.charAt(i);
    if (c != 'X' && c != 'x' || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return i;
    }
    Matcher m = MASKED.matcher(text).region(i, text.length());
    return m.lookingAt() ? m.end() : i;
  }

  /** "awaaz" in "@CNBC_Awaaz" belongs to the handle as much as "cnbc" does. */
  private static boolean continuesHandle(String text, int start, List<Token> tokens) {
    if (start == 0 || text.charAt(start - 1) != '_' || tokens.isEmpty()) {
      return false;
    }
    Token previous = tokens.get(tokens.size() - 1);
    return previous.handle() && previous.end() == start - 1;
  }

  /**
   * Lower case without accents, so "zarządowi", "zarzadowi" and "ZARZĄDOWI" match alike; without
   * invisible characters; ligatures and full-width letters as their plain letters ("Oﬃce", "ＣＥＯ"),
   * as PDF letters and some keyboards give them.
   */
  static String fold(String word) {
    if (plainAscii(word)) {
      return word.toLowerCase(Locale.ROOT);
    }
    String visible = INVISIBLE.matcher(word).replaceAll("");
    if (presentationForms(visible)) {
      visible = Normalizer.normalize(visible, Normalizer.Form.NFKC);
    }
    String lower = lookAlikesAsLatin(visible.toLowerCase(Locale.ROOT).replace('’', '\''));
    String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return plain.replace('ł', 'l').replace("ß", "ss").replace('ø', 'o').replace("æ", "ae");
  }

  /**
   * Cyrillic and Greek letters drawn like Latin ones, in lower case, and the Latin letter each
   * looks like (upper-case look-alikes such as "М", "Н" or "В" are lowered first).
   */
  private static final String LOOK_ALIKES = "аaеeоoрpсcуyхxіiјjѕsкkмmнhтtвbοoαaιiκkνvρpυuτt";

  /**
   * A word that mixes Latin letters with Cyrillic or Greek look-alikes ("mаnаger" with two Cyrillic
   * "а", as text pasted from some keyboards and some evasions give it) read as the Latin word. A
   * word without a Latin letter is a real Cyrillic or Greek word and stays as it is.
   */
  private static String lookAlikesAsLatin(String word) {
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      latin |= c >= 'a' && c <= 'z';
      other |= LOOK_ALIKES.indexOf(c) % 2 == 0;
    }
    if (!latin || !other) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int at = LOOK_ALIKES.indexOf(c);
      out.append(at >= 0 && at % 2 == 0 ? LOOK_ALIKES.charAt(at + 1) : c);
    }
    return out.toString();
  }

  /**
   * Ligatures (U+FB00–U+FB4F) and full-width or half-width forms (U+FF00–U+FFEF). Only these are
   * folded by compatibility, not every character: "nº" must not become the word "no".
   */
  private static boolean presentationForms(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\ufb00' && c <= '\ufb4f' || c >= '\uff00' && c <= '\uffef') {
        return true;
      }
    }
    return false;
  }

  private static boolean invisible(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  /** After the invisible characters at {@code at}, the word goes on with a letter or digit. */
  private static boolean continuesWord(String text, int at) {
    int j = at;
    while (j < text.length() && invisible(text.charAt(j))) {
      j++;
    }
    return j < text.length() && Character.isLetterOrDigit(text.charAt(j));
  }

  /** A space, a line break, or a no-break space (French typography puts one before "?"). */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Letters, digits, apostrophes and hyphens of ASCII only: nothing to fold but the case. */
  private static boolean plainAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return i + 1 < text.length() && nextNonBlankIsNewLine(text, i + 1);
    }
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && ".!?\"')".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!blank(text.charAt(j))) {
      return false;
    }
    boolean newLine = false;
    while (j < text.length() && blank(text.charAt(j))) {
      newLine |= text.charAt(j) == '\n';
      j++;
    }
    if (j >= text.length() || c != '.') {
      return true;
    }
    char next = text.charAt(j);
    if (newLine && LIST_MARKS.indexOf(next) >= 0) {
      return true; // the next item of a list: "- 15/10: mando mail.\n- 22/10: ..."
    }
    if (afterDayNumber(text, i) && startsWithMonth(text, j)) {
      return false; // a German date, "bis zum 20. Mai"
    }
    if (afterTitle(text, i)) {
      return false; // a title before a name or an office, "Estimado Sr. Consejero Delegado"
    }
    if (!newLine && afterDayNumber(text, i) && ordinalContext(text, i)) {
      return false; // a German ordinal before its noun, "zum 3. Mal", "meine 4. Mail"
    }
    return Character.isUpperCase(next) || Character.isDigit(next) || "\"'(¿¡".indexOf(next) >= 0;
  }

  private static final List<String> GERMAN_MONTHS =
      List.of(
          "januar",
          "jänner",
          "februar",
          "märz",
          "april",
          "mai",
          "juni",
          "juli",
          "august",
          "september",
          "oktober",
          "november",
          "dezember");

  /**
   * Words after which a number with a full stop is an ordinal, in German: "zum 3. Mal", "meine 4.
   * Mail", "am 2. Termin" (folded).
   */
  private static final java.util.Set<String> ORDINAL_BEFORE =
      words(
          "zum zur am im vom beim nach seit ab bis",
          "mein meine meiner meinem meinen meines ihr ihre ihrer ihrem ihren unsere unserer",
          "der die das den dem des ein eine einer einem einen diese dieser dieses diesem");

  /** The one- or two-digit number before the full stop at {@code dot} follows such a word. */
  private static boolean ordinalContext(String text, int dot) {
    int k = dot - 1;
    while (k >= 0 && Character.isDigit(text.charAt(k))) {
      k--;
    }
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    int end = k + 1;
    while (k >= 0 && Character.isLetter(text.charAt(k))) {
      k--;
    }
    return end > k + 1 && ORDINAL_BEFORE.contains(fold(text.substring(k + 1, end)));
  }

  /** Titles abbreviated before a name or an office, in the five languages, folded. */
  private static final java.util.Set<String> TITLES =
      words(
          "mr mrs ms dr prof hon rev",
          // es, with the honorifics of a formal address: "Excmo. Sr. Presidente", "a Ud."
          "sr sra srta sres sras d dna excmo excma ilmo ilma ud uds vd vds",
          "hr hrn fr dipl ing mag", // de
          "z hd zhd", // de: "z. Hd. der Geschäftsführung" (for the attention of), "z. B."
          "m mm mme mmes mlle", // fr: "M. le Directeur", "MM. les administrateurs"
          "mgr inz sz p dyr prez", // pl: "Sz. P. Prezes", "dyr. Kowalski"
          "att attn", // es, fr, en: "Att. Director General", "Attn. The Chief Executive"
          "lic arq nr"); // es "Lic. Óscar Ramírez"; de, pl "Rechnung Nr. 2024-3317"

  /** The words of the lines, separated by single spaces, as a set. */
  private static java.util.Set<String> words(String... lines) {
    return java.util.Set.of(String.join(" ", lines).split(" "));
  }

  /** The word before the dot is an abbreviated title ("Mr.", "Sr.", "Dr.", "Mme.", "Hr."). */
  private static boolean afterTitle(String text, int dot) {
    int k = dot;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    if (k == dot
        || k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      return false;
    }
    return TITLES.contains(fold(text.substring(k, dot)));
  }

  /** The full stop at {@code dot} ends a one- or two-digit number standing alone. */
  private static boolean afterDayNumber(String text, int dot) {
    int k = dot - 1;
    while (k >= 0 && Character.isDigit(text.charAt(k))) {
      k--;
    }
    int digits = dot - 1 - k;
    return digits >= 1 && digits <= 2 && (k < 0 || !Character.isLetterOrDigit(text.charAt(k)));
  }

  private static boolean startsWithMonth(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return GERMAN_MONTHS.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
  }

  private static boolean nextNonBlankIsNewLine(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char d = text.charAt(j);
      if (d == '\n') {
        return true;
      }
      if (!blank(d)) {
        return false;
      }
    }
    return false;
  }

  /** Ends the sentence being read when it reached {@link #MAX_TOKENS}, after a comma if near. */
  private static void cutLongRun(List<Sentence> sentences, List<Token> tokens) {
    if (tokens.size() < MAX_TOKENS) {
      return;
    }
    int cut = tokens.size();
    for (int k = tokens.size() - 1; k >= tokens.size() - CUT_WINDOW; k--) {
      String t = tokens.get(k).text();
      if (t.equals(",") || t.equals(";") || t.equals(":")) {
        cut = k + 1;
        break;
      }
    }
    List<Token> rest = new ArrayList<>(tokens.subList(cut, tokens.size()));
    tokens.subList(cut, tokens.size()).clear();
    flush(sentences, tokens, false);
    tokens.addAll(rest);
  }

  private static void flush(List<Sentence> sentences, List<Token> tokens, boolean question) {
    if (!tokens.isEmpty()) {
      apocope(tokens);
      frenchInfinitive(tokens);
      sentences.add(new Sentence(sentences.size(), tokens, question));
      tokens.clear();
    }
  }

  /** Words next to "ich" that are never a verb with its final -e dropped. */
  private static final java.util.Set<String> NOT_APOCOPE =
      words(
          "nicht und aber als wenn dass weil ob wie was doch auch noch sonst jetzt dann nun",
          "schon mal nur so bis seit mit von zum zur am im um an auf aus bei nach vor dem",
          "den des der das ein einen sind ist bin will kann muss darf soll mag weiss war",
          "hat mein dein sein denn oder ja nein");

  /**
   * German speech drops the -e of the first person ("Das schreib ich überall", "ich hab angerufen",
   * "kündig ich"): a word of letters ending in a consonant right before or after "ich" also matches
   * its written form ("schreibe", "habe", "kündige").
   */
  private static void apocope(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean besideIch =
          i > 0 && tokens.get(i - 1).text().equals("ich")
              || i + 1 < tokens.size() && tokens.get(i + 1).text().equals("ich");
      String w = t.text();
      if (besideIch
          && !t.elided()
          && w.length() >= 3
          && w.chars().allMatch(Character::isLetter)
          && "aeiouy".indexOf(w.charAt(w.length() - 1)) < 0
          && !NOT_APOCOPE.contains(w)) {
        tokens.set(i, new Token(w, t.start(), t.end(), t.handle(), w + "e"));
      }
    }
  }

  /** French verbs that take an infinitive after them ("je vais résilier"), folded. */
  private static final java.util.Set<String> TAKES_INFINITIVE =
      words(
          "vais vas va allons allez vont veux voulons veulent",
          "dois doit devons doivent souhaite souhaitons peux peut pouvons faut envisage pense");

  /**
   * "compte" takes an infinitive only after its subject ("je compte résilier", not "compte
   * clôturé").
   */
  private static final java.util.Set<String> COMPTE = words("compte comptons comptent");

  private static final java.util.Set<String> FRENCH_SUBJECTS =
      words("je nous ils elles on il elle");

  /** Object pronouns that may stand between such a verb and its infinitive ("vais le résilier"). */
  private static final java.util.Set<String> FRENCH_CLITICS =
      words("me te se le la les en y nous vous lui leur");

  /**
   * French is often typed with the participle for the infinitive it sounds like ("je vais résilié",
   * "nous allons quitté", "je compte changé"): a word ending in -é or -ée right after a verb that
   * takes an infinitive (one object pronoun may stand between) also matches its infinitive.
   */
  private static void frenchInfinitive(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text();
      int before = i - 1;
      if (before > 0 && FRENCH_CLITICS.contains(tokens.get(before).text())) {
        before--;
      }
      String verb = tokens.get(before).text();
      boolean takes =
          TAKES_INFINITIVE.contains(verb)
              || COMPTE.contains(verb)
                  && before > 0
                  && FRENCH_SUBJECTS.contains(tokens.get(before - 1).text());
      if (!takes || t.elided() || w.length() < 5 || !w.chars().allMatch(Character::isLetter)) {
        continue;
      }
      String stem =
          w.endsWith("ee")
              ? w.substring(0, w.length() - 2)
              : w.endsWith("e") ? w.substring(0, w.length() - 1) : null;
      if (stem != null) {
        tokens.set(i, new Token(w, t.start(), t.end(), t.handle(), stem + "er"));
      }
    }
  }

  private static boolean isCurrency(char c) {
    return Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  /**
   * A hyphen that ends a line within a word ("Man-\\naging Director", "Geschäfts-\\nführung"): the
   * index of the lower-case letter that continues it on the next line, else -1.
   */
  private static int lineEndHyphen(String text, int hyphen) {
    int j = hyphen + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j < text.length() && text.charAt(j) == '\r') {
      j++;
    }
    if (j >= text.length() || text.charAt(j) != '\n') {
      return -1;
    }
    j++;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j < text.length() && Character.isLowerCase(text.charAt(j)) ? j : -1;
  }

  private static boolean isLetter(String text, int i) {
    return Character.isLetter(text.charAt(i));
  }

  private static boolean isDigit(String text, int i) {
    return Character.isDigit(text.charAt(i));
  }
}
