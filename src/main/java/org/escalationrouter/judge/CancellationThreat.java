package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * The customer says they will cancel, leave, switch or not renew. Questions about how to cancel and
 * conditional talk ("if I decide to leave") are not threats.
 */
final class CancellationThreat implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION_UNLESS_CONDITION, Guard.QUESTION, Guard.HYPOTHETICAL);

  /**
   * A phrase with the company losing the customer ("ils vont perdre tous leurs clients, à commencer
   * par moi", "Comcast is about to lose a customer") or blocking the leaving ("they won't let me
   * cancel", "ils refusent de résilier", "sie weigern sich") has the company as its subject by
   * nature (folded words).
   */
  private static final Set<String> COMPANY_SUBJECT =
      Set.of(
          "lost",
          "lose",
          "losing",
          "perdre",
          "perdu",
          "perdez",
          "perdrez",
          "perdent",
          "won't",
          "wont",
          "wouldn't",
          "refuse",
          "refuses",
          "refused",
          "refusing",
          "let",
          "letting",
          "allowing",
          "allow",
          "refusent",
          "refusez",
          "laissent",
          "weigern",
          "weigert",
          "verweigern",
          "verweigert",
          "lassen",
          "lasst",
          "dejan",
          "permiten",
          "niegan",
          "nego",
          "negaron",
          "pozwalaja",
          "odmawiaja",
          "odmowili",
          "chca",
          "przyjmuja",
          "przyjeli");

  private static final int REPORT_WINDOW = 10;

  /**
   * Past verbs of saying (English, folded) that make what follows them in the clause reported
   * history: "I told the manager that I would like to cancel the loan", "I then requested to close
   * my account", "I ended up closing all my accounts".
   */
  private static final Set<String> REPORTED =
      Set.of(
          "told",
          "said",
          "asked",
          "requested",
          "informed",
          "explained",
          "advised",
          "stated",
          "mentioned",
          "ended");

  /**
   * Words before a past participle of saying that make it a formal notice given now, not a request
   * told as history: "please be advised that we will not be renewing", "you are hereby informed".
   */
  private static final Set<String> NOTICE_BEFORE = Set.of("be", "hereby", "herewith", "formally");

  private final double threshold;

  CancellationThreat(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.CANCELLATION_THREAT;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    PhraseEvidence blocked = PhraseEvidence.of(text, "leaving-blocked", BLOCKED_GUARDS);
    PhraseEvidence leaving =
        PhraseEvidence.of(
            text,
            signal().wireName(),
            GUARDS,
            m ->
                !companyActs(text, m)
                    && (!toldAsHistory(text, m) || blocked.follows(m, BLOCKED_WINDOW))
                    && !joining(text, m)
                    && !leavesSomethingBehind(text, m)
                    && !goesToLaw(text, m)
                    && !onlyAnAppointment(text, m));
    PhraseEvidence askedBefore =
        PhraseEvidence.of(
            text,
            "leaving-asked",
            GUARDS,
            m -> !companyActs(text, m) && blocked.follows(m, BLOCKED_WINDOW));
    PhraseEvidence exclaimed =
        PhraseEvidence.of(
            text,
            "leaving-short",
            GUARDS,
            m ->
                Sentences.wordsAtMost(text, m.sentence(), SHORT_EXCLAMATION, Character::isLetter)
                    && !PARTITIVE.contains(nextWord(text, m)));
    return leaving.plus(askedBefore).plus(exclaimed).detection(signal(), text, threshold);
  }

  /**
   * How many words a sentence that only exclaims "never again" may have: "Nie wieder Telkora.",
   * "Volaria, plus jamais.", "Nigdy więcej!". In a longer sentence the same words tell history ("je
   * n'ai plus jamais eu de nouvelles").
   */
  private static final int SHORT_EXCLAMATION = 5;

  /**
   * Words after "never again" that make it a count of what never came again ("Plus jamais de
   * réponse.", "Nie wieder eine Antwort.", "Never any reply."), folded.
   */
  private static final Set<String> PARTITIVE =
      Set.of(
          "de",
          "d'",
          "du",
          "des",
          "any",
          "a",
          "an",
          "eine",
          "einen",
          "ein",
          "keine",
          "nada",
          "ni",
          "ninguna",
          "ningun",
          "zadnej",
          "zadnego",
          "zadnych",
          "odpowiedzi",
          "word",
          "news");

  private static String nextWord(JudgedText text, PhraseMatch m) {
    Sentence s = text.sentence(m);
    return m.end() < s.size() ? s.word(m.end()) : "";
  }

  /**
   * A leaving asked for before that never happened is still asked for: "I asked them to close the
   * account in May. It is still open", "J'ai demandé la résiliation, elle n'a jamais été prise en
   * compte". The failure is told after the request, in its sentence or one of the next few; a
   * failure only supposed ("if it is still open") tells nothing.
   */
  private static final int BLOCKED_WINDOW = 5;

  private static final Set<Guard> BLOCKED_GUARDS = EnumSet.of(Guard.HYPOTHETICAL);

  /** The last word of a phrase of going somewhere, in the five languages (folded). */
  private static final Set<String> TOWARD_ANY =
      Set.of("to", "zu", "zum", "zur", "chez", "au", "aux", "a", "al", "do");

  /** How many words may stand between "going to" and the lawyer it leads to. */
  private static final int DESTINATION_WINDOW = 2;

  /**
   * Going to a lawyer, a court or a regulator ("gehe ich zum Anwalt", "I'm going to the
   * ombudsman"): a legal threat, not leaving for a rival.
   */
  private static boolean goesToLaw(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    if (!TOWARD_ANY.contains(sentence.word(m.end() - 1))) {
      return false;
    }
    for (PhraseMatch o : text.matchesOf("legal-threat")) {
      boolean after = o.start() >= m.end() && o.start() - m.end() <= DESTINATION_WINDOW;
      boolean around = o.start() <= m.start() && o.end() > m.end();
      if (o.sentence() == m.sentence() && (after || around)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The company or its staff as the subject ("they would have to close my cards", "one agent said
   * they were cancelling my account", "ils ont résilié"): an act told about the company, not the
   * customer's threat. Looks back over the clause before the phrase.
   */
  private static boolean companyActs(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    return !sentence.anyOf(COMPANY_SUBJECT, m.start(), m.end()) && OtherSubject.before(sentence, m);
  }

  /**
   * Words that lead to where the customer goes: "to", "zu". Not "chez", "do" or "con": "je ne
   * resterai pas chez vous", "składam do Państwa wypowiedzenie", "volar con vosotros" still leave.
   */
  private static final Set<String> TOWARD = Set.of("to", "zu");

  /** The company addressed, in the five languages (folded). */
  private static final Set<String> ADDRESSEE =
      Set.of(
          "you",
          "your",
          "u",
          "ur",
          "y'all",
          "yall",
          "vous",
          "ustedes",
          "vosotros",
          "euch",
          "ihnen",
          "was",
          "panstwa");

  /** What turns "your" into someone else: "to your competitor", "zu Ihrer Konkurrenz". */
  private static final Set<String> RIVAL =
      Set.of(
          "competitor",
          "competitors",
          "competition",
          "rival",
          "rivals",
          "konkurrenz",
          "mitbewerber",
          "concurrent",
          "concurrents",
          "concurrence",
          "competencia",
          "competidor",
          "konkurencji",
          "konkurencja");

  private static final int JOIN_WINDOW = 3;

  /**
   * Switching or moving to the company addressed ("thinking of switching to your broadband from
   * Virgin", "zu Ihnen wechseln"): the writer is joining, not leaving. "To your competitor" still
   * leaves.
   */
  private static boolean joining(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    int end = Math.min(sentence.size() - 1, m.end() + JOIN_WINDOW);
    for (int i = m.start(); i < end; i++) {
      if (TOWARD.contains(sentence.word(i)) && ADDRESSEE.contains(sentence.word(i + 1))) {
        return !(i + 2 < sentence.size() && RIVAL.contains(sentence.word(i + 2)));
      }
    }
    return false;
  }

  /** English "leave" ending a phrase: the verb of leaving a company and of leaving a note. */
  private static final Set<String> LEAVE = Set.of("leave", "leaving");

  /**
   * What one leaves behind rather than leaves: "I'll be leaving a review", "I'm leaving a one-star
   * rating on every site", "we will leave feedback". Only English shares the verb; "laisser un
   * avis", "dejar una reseña", "eine Bewertung hinterlassen" and "zostawić komentarz" were never
   * leaving words.
   */
  private static final Set<String> LEFT_BEHIND =
      Set.of(
          "review",
          "reviews",
          "rating",
          "ratings",
          "feedback",
          "comment",
          "comments",
          "message",
          "messages",
          "voicemail",
          "voicemails",
          "note",
          "tip",
          "star",
          "stars",
          "complaint",
          "complaints");

  private static final int LEFT_BEHIND_WINDOW = 4;

  /**
   * What a booking cancels rather than the customer's account (folded words, five languages): "I
   * need to cancel my Tuesday 8am service appointment", "annuler mon rendez-vous".
   */
  private static final Set<String> APPOINTMENT =
      Set.of(
          "appointment",
          "appointments",
          "appt",
          "booking",
          "reservation",
          "visit",
          "slot",
          "rendez-vous",
          "rdv",
          "termin",
          "cita",
          "reserva",
          "wizyte",
          "wizyta",
          "rezerwacje");

  /** The leaving's object is followed at once by an appointment or a booking: no leaving. */
  private static boolean onlyAnAppointment(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    return m.end() < sentence.size() && APPOINTMENT.contains(sentence.word(m.end()));
  }

  /** The phrase ends on "leave" and a review, message or note follows within a few words. */
  private static boolean leavesSomethingBehind(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    return LEAVE.contains(sentence.word(m.end() - 1))
        && sentence.anyOf(LEFT_BEHIND, m.end(), m.end() + LEFT_BEHIND_WINDOW);
  }

  /**
   * A past verb of saying earlier in the clause: the leaving was asked for before and is only told
   * now. A comma, semicolon or colon ends the look back ("as I told you, I will cancel"); a formal
   * notice ("please be advised that") is no history.
   */
  private static boolean toldAsHistory(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    if (sinceMine(sentence, m.start())) {
      return true;
    }
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - REPORT_WINDOW; i--) {
      String w = sentence.word(i);
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return false;
      }
      if (REPORTED.contains(w)) {
        return i == 0 || !NOTICE_BEFORE.contains(sentence.word(i - 1));
      }
    }
    return false;
  }

  /** "Since" and "my" or "our" in the five languages (folded). */
  private static final Set<String> SINCE = Set.of("since", "seit", "depuis", "desde", "od");

  private static final Set<String> MINE =
      Set.of(
          "my", "our", "meinem", "meiner", "unserem", "unserer", "mon", "ma", "notre", "mi",
          "nuestro", "nuestra", "mojego", "mojej", "naszego", "naszej");

  /**
   * The leaving is a noun after "since my" ("since my switch to another provider", "seit meinem
   * Wechsel zu einem anderen Anbieter", "depuis mon passage chez…"): it already happened.
   */
  private static boolean sinceMine(Sentence sentence, int start) {
    return start >= 2
        && MINE.contains(sentence.word(start - 1))
        && SINCE.contains(sentence.word(start - 2));
  }
}
