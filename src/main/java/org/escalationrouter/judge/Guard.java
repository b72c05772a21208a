package org.escalationrouter.judge;

import java.util.List;
import java.util.Set;

/**
 * Context that cancels a phrase match: "I have <b>no</b> intention of cancelling", "what is your
 * cancellation policy<b>?</b>", "<b>if</b> I decide to leave". Each detector picks the guards that
 * make sense for its signal.
 */
enum Guard {
  /** A negation word shortly before the phrase, or inside its gaps, in the same clause. */
  NEGATION,
  /** The sentence is a question that opens with a question word ("how do I close..."). */
  QUESTION,
  /** A conditional word shortly before the phrase, in the same clause ("if", "falls", "si"). */
  HYPOTHETICAL,
  /**
   * Like {@link #HYPOTHETICAL}, but lets through a phrase that itself says what has not happened:
   * "if the £320 is not refunded by Friday" is an ultimatum about money already in dispute.
   */
  HYPOTHETICAL_UNLESS_UNMET,
  /**
   * Like {@link #NEGATION}, but a negation that belongs to a condition before the phrase does not
   * count: in "if the router isn't here by Friday I'll be cancelling" the "isn't" is the
   * condition's, and the phrase is a conditional threat.
   */
  NEGATION_UNLESS_CONDITION,
  /**
   * Like {@link #NEGATION}, but a negation whose verb of answering stands between it and the phrase
   * negates the company's answer, not the writer's contacts: "they have not answered my three
   * e-mails", "vous ne répondez ni à mes 2 mails", "nie odpowiedzieli na moje trzy maile".
   */
  NEGATION_UNLESS_UNANSWERED;

  private static final int WINDOW = 4;

  boolean blocks(JudgedText.LanguageMatch lm, Sentence sentence) {
    PhraseMatch m = lm.match();
    LanguagePhrases lang = lm.language();
    return switch (this) {
      case QUESTION -> sentence.question() && opensAsQuestion(sentence, lang);
      case NEGATION ->
          !spellsNegation(m, sentence, lang)
              && (before(m, sentence, lang, true) || insideGaps(m, sentence, lang));
      case HYPOTHETICAL -> before(m, sentence, lang, false);
      case HYPOTHETICAL_UNLESS_UNMET ->
          !spellsNegation(m, sentence, lang) && before(m, sentence, lang, false);
      case NEGATION_UNLESS_UNANSWERED ->
          !spellsNegation(m, sentence, lang)
              && (before(m, sentence, lang, true) && !answerBetween(m, sentence, lang)
                  || insideGaps(m, sentence, lang));
      case NEGATION_UNLESS_CONDITION ->
          !spellsNegation(m, sentence, lang)
              && (negatedOutsideCondition(m, sentence, lang)
                  || insideGaps(m, sentence, lang)
                  || negatedAfter(m, sentence, lang));
    };
  }

  /** Folded stems of verbs of answering, in the five languages. */
  private static final List<String> ANSWERING =
      List.of(
          "answer",
          "repl",
          "respond",
          "acknowledg",
          "repond",
          "antwort",
          "geantwortet",
          "beantwort",
          "reagiert",
          "contest",
          "respondi",
          "odpowi",
          "odpis",
          "odezw",
          "reagow");

  /**
   * A verb of answering shortly before the phrase in its clause ("ne répondez ni à mes 2 mails"): a
   * negation there is the answer's.
   */
  private static boolean answerBetween(PhraseMatch m, Sentence sentence, LanguagePhrases lang) {
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - WINDOW; i--) {
      String w = sentence.word(i);
      if (lang.isClauseBreak(w)) {
        return false;
      }
      if (startsWithAny(w, ANSWERING)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensAsQuestion(Sentence sentence, LanguagePhrases lang) {
    int limit = Math.min(3, sentence.size());
    for (int i = 0; i < limit; i++) {
      if (lang.isQuestionStart(sentence.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean before(
      PhraseMatch m, Sentence sentence, LanguagePhrases lang, boolean negation) {
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - WINDOW; i--) {
      String w = sentence.word(i);
      if (lang.isClauseBreak(w)) {
        return false;
      }
      if (negation
          ? lang.isNegation(w)
              && !negatesNothingAhead(sentence, i)
              && !untilTakesNegation(sentence, i, lang)
          : conditional(sentence, i, lang)) {
        return negation || !consequence(m, sentence, i) && !purposeInQuestion(sentence, i);
      }
    }
    return false;
  }

  /**
   * How far back from a negation its "until" may stand: the subject between them can be a phrase
   * ("tant que quelqu'un de la direction ne m'aura pas répondu").
   */
  private static final int UNTIL_REACH = 10;

  /**
   * Words for "until" whose clause takes a negation that negates nothing: Polish "dopóki", Spanish
   * "mientras no" and German "solange … nicht" (as long as … not).
   */
  private static final Set<String> UNTIL_WITH_NEGATION =
      Set.of("dopoki", "poki", "dopoty", "mientras", "solange");

  /**
   * A negation that only belongs to the grammar of "until": Polish "dopóki zarząd się nie odezwie",
   * Spanish "mientras no me conteste la dirección" and French "tant que la direction ne m'aura pas
   * répondu" all mean until the board answers.
   */
  private static boolean untilTakesNegation(Sentence sentence, int negation, LanguagePhrases lang) {
    for (int i = negation - 1; i >= 0 && i >= negation - UNTIL_REACH; i--) {
      String w = sentence.word(i);
      if (lang.isClauseBreak(w)) {
        return false;
      }
      if (UNTIL_WITH_NEGATION.contains(w)
          || (w.equals("que") || w.startsWith("qu'"))
              && i > 0
              && sentence.word(i - 1).equals("tant")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of wanting or needing in the first person, folded, in the five languages. */
  private static final Set<String> WANT =
      Set.of(
          "want",
          "wish",
          "need",
          "veux",
          "voudrais",
          "souhaite",
          "dois",
          "quiero",
          "quisiera",
          "necesito",
          "deseo",
          "chce",
          "chcialbym",
          "chcialabym",
          "musze",
          "potrzebuje");

  /**
   * A condition that is the writer's own wish, in a question: "Who do I write to if I want to
   * complain to the top?", "Do kogo pisać, jeśli chcę dotrzeć do zarządu?". The question asks the
   * way; the condition says where to, and does not make the request hypothetical.
   */
  private static boolean purposeInQuestion(Sentence sentence, int conditional) {
    if (!sentence.question()) {
      return false;
    }
    int j = conditional + 1;
    if (j < sentence.size() && OtherSubject.firstPerson(sentence.word(j))) {
      j++;
    }
    return j < sentence.size() && WANT.contains(sentence.word(j));
  }

  /**
   * The phrase opens the consequence of a condition written without a comma: a first-person subject
   * at or just before the phrase, with at least two words of the condition's own between it and the
   * conditional word ("if this isn't sorted I'll cancel", "si ça continue je change de
   * fournisseur"). "If I decide to cancel" stays a condition: nothing stands between "if" and "I".
   */
  private static boolean consequence(PhraseMatch m, Sentence sentence, int conditional) {
    int subject = -1;
    if (OtherSubject.firstPerson(sentence.word(m.start()))) {
      subject = m.start();
    } else if (m.start() > 0 && OtherSubject.firstPerson(sentence.word(m.start() - 1))) {
      subject = m.start() - 1;
    }
    return subject >= 0 && subject - conditional - 1 >= 2;
  }

  /** A negation shortly before the phrase that no conditional word shortly before it governs. */
  private static boolean negatedOutsideCondition(
      PhraseMatch m, Sentence sentence, LanguagePhrases lang) {
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - WINDOW; i--) {
      String w = sentence.word(i);
      if (lang.isClauseBreak(w)) {
        return false;
      }
      if (lang.isNegation(w)
          && !negatesNothingAhead(sentence, i)
          && !conditionBefore(i, sentence, lang)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a negation may negate instead of the phrase after it: "not only", or the further notice
   * the writer will not give ("without further notice", "ohne weitere Ankündigung", "sans autre
   * avis", "sin más aviso", "bez dalszego wezwania"). "I will without further warning instruct a
   * lawyer" still threatens.
   */
  private static boolean negatesNothingAhead(Sentence sentence, int negation) {
    int next = negation + 1;
    if (next < sentence.size() && sentence.word(next).equals("only")) {
      return true;
    }
    if (negatesHesitation(sentence, negation)) {
      return true;
    }
    for (int i = next; i + 1 < sentence.size() && i <= negation + 2; i++) {
      if (FURTHER.contains(sentence.word(i)) && NOTICE.contains(sentence.word(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** How far from a negation the verb of hesitating may stand ("je n'hésiterai pas", "won't"). */
  private static final int HESITATION_REACH = 2;

  /** Folded stems of verbs of hesitating, in the five languages. */
  private static final List<String> HESITATING =
      List.of("hesit", "n'hesit", "zoger", "dudar", "vacilar", "zawaha", "wahac", "waham");

  /**
   * A negation of the writer's hesitation, which makes the threat after it firmer: "I won't
   * hesitate to post this", "je n'hésiterai pas à saisir le médiateur", "no dudaré en contarlo",
   * "nie zawaham się opisać tego".
   */
  private static boolean negatesHesitation(Sentence sentence, int negation) {
    int from = Math.max(0, negation - HESITATION_REACH);
    int to = Math.min(sentence.size() - 1, negation + HESITATION_REACH);
    for (int i = from; i <= to; i++) {
      if (startsWithAny(sentence.word(i), HESITATING)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String word, List<String> stems) {
    for (String stem : stems) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Further" before the notice: the writer's own next step. "Without notice" alone usually tells
   * what the company did ("ohne Vorwarnung gekündigt") and stays a negation.
   */
  private static final Set<String> FURTHER =
      Set.of(
          "further",
          "more",
          "weitere",
          "weiteren",
          "weiterer",
          "erneute",
          "erneuten",
          "autre",
          "nouvel",
          "nouvelle",
          "mas",
          "nuevo",
          "otro",
          "dalszego",
          "ponownego",
          "kolejnego",
          "dodatkowego");

  /** Folded words for a notice or a warning, in the five languages. */
  private static final Set<String> NOTICE =
      Set.of(
          "notice",
          "warning",
          "reminder",
          "ankundigung",
          "vorankundigung",
          "vorwarnung",
          "mahnung",
          "avis",
          "preavis",
          "avertissement",
          "relance",
          "aviso",
          "advertencia",
          "requerimiento",
          "uprzedzenia",
          "ostrzezenia",
          "wezwania",
          "monitu");

  /** Words after a negation that make it "not only" ("nicht nur", "pas seulement"). */
  private static final Set<String> ONLY = Set.of("only", "nur", "seulement", "solo", "tylko");

  /**
   * A negation of the language's kind that follows the phrase in its clause, within three words
   * ("ich kündige nicht"), and is not "not only".
   */
  private static boolean negatedAfter(PhraseMatch m, Sentence sentence, LanguagePhrases lang) {
    for (int i = m.end(); i < sentence.size() && i < m.end() + 3; i++) {
      String w = sentence.word(i);
      if (lang.isClauseBreak(w)) {
        return false;
      }
      if (lang.isNegationAfter(w)) {
        return i + 1 >= sentence.size() || !ONLY.contains(sentence.word(i + 1));
      }
    }
    return false;
  }

  private static boolean conditionBefore(int at, Sentence sentence, LanguagePhrases lang) {
    for (int i = at - 1; i >= 0 && i >= at - WINDOW; i--) {
      String w = sentence.word(i);
      if (lang.isClauseBreak(w)) {
        return false;
      }
      if (conditional(sentence, i, lang)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that turn a following "cas" or "caso" into a discourse marker: "en tout cas", "en tout
   * les cas", "dans ce cas", "en todo caso", "en ese caso" mean "anyway" or "then", not "if".
   */
  private static final Set<String> MARKER_BEFORE =
      Set.of("tout", "tous", "ce", "todo", "ese", "este");

  private static boolean conditional(Sentence sentence, int at, LanguagePhrases lang) {
    String word = sentence.word(at);
    if (!lang.isHypothetical(word)) {
      return false;
    }
    if (!word.equals("cas") && !word.equals("caso")) {
      return true;
    }
    for (int i = at - 1; i >= 0 && i >= at - 2; i--) {
      if (MARKER_BEFORE.contains(sentence.word(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The phrase's own words hold a negation ("has not been refunded", "n'a jamais été autorisé"):
   * the negation is what the phrase means, so a further one nearby (the French "ne ... jamais", "no
   * we will not refund") does not cancel it.
   */
  private static boolean spellsNegation(PhraseMatch m, Sentence sentence, LanguagePhrases lang) {
    for (int i = m.start(); i < m.end(); i++) {
      if (m.inSlot(i) && lang.isNegation(sentence.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideGaps(PhraseMatch m, Sentence sentence, LanguagePhrases lang) {
    for (int i = m.start(); i < m.end(); i++) {
      if (!m.inSlot(i)
          && lang.isNegation(sentence.word(i))
          && !untilTakesNegation(sentence, i, lang)) {
        return true;
      }
    }
    return false;
  }
}
