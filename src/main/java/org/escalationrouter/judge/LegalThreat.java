package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * Lawyers, courts, lawsuits, regulators, ombudsmen, consumer bodies, chargebacks. "I am not
 * threatening legal action" is not one, nor is a lawyer or notary doing routine business in the
 * same sentence (a {@code legal-routine} cue: a house sale, probate, a power of attorney); courts,
 * regulators and claims in such a sentence still count. Nor is a lawyer who is someone's job ("my
 * brother's a lawyer", "soy abogado", "mój mąż jest radcą prawnym") or the writer's own firm, a
 * legal step the other side takes against the writer ({@code legal-against}: "threatening to sue
 * me", "je reçois une mise en demeure"), a court named as the source of a document or an
 * appointment ({@code legal-document}: "mit Beschluss des Bezirksgerichts", "postanowienie sądu o
 * stwierdzeniu nabycia spadku"), or a route the writer disclaims ({@code disclaim}: "I'm not going
 * to the FCA or the ombudsman").
 */
final class LegalThreat implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION_UNLESS_CONDITION, Guard.QUESTION, Guard.HYPOTHETICAL);

  private static final int WORK_WINDOW = 6;

  private static final int JOB_WINDOW = 5;

  /**
   * A copula or "as" before a lawyer word makes it a job ("is a lawyer", "ist Anwalt", "est
   * avocat", "soy abogado", "jest radcą", "als Anwalt", "jako adwokat"), in the five languages
   * (folded).
   */
  private static final Set<String> COPULA =
      Set.of(
          "is", "am", "are", "was", "were", "be", "been", "being", "become", "became", "as", "ist",
          "bin", "sind", "war", "waren", "wird", "wurde", "als", "est", "suis", "sont", "etait",
          "etais", "devenu", "devenue", "comme", "es", "soy", "son", "era", "eres", "como", "jest",
          "jestem", "sa", "byl", "byla", "bylem", "bylam", "jako", "zostal", "zostala");

  /** The writer's own ("swojej kancelarii", "my own law firm", "meine eigene Kanzlei"). */
  private static final List<String> OWN =
      List.of("swoj", "own", "eigene", "propre", "propio", "propia", "wlasn");

  /**
   * Words that may stand between a copula and a lawyer word in a job ("is a retired lawyer", "est
   * aussi avocat", "jest radcą prawnym"); any other word ("I am contacting a lawyer", "is my
   * lawyer") makes it no job.
   */
  private static final Set<String> BEFORE_JOB =
      Set.of(
          "a",
          "an",
          "the",
          "also",
          "retired",
          "qualified",
          "practising",
          "practicing",
          "trainee",
          "corporate",
          "family",
          "ein",
          "eine",
          "auch",
          "selbst",
          "un",
          "une",
          "aussi",
          "una",
          "tambien",
          "tez",
          "rowniez",
          "dans",
          "in",
          "at",
          "en",
          "bei",
          "w",
          "de",
          "d'un",
          "d'une",
          "cabinet",
          "firm",
          "law",
          "despacho",
          "bufete",
          "einer",
          "el",
          "la");

  /**
   * A friend or relative named beside the lawyer word: the lawyer is who that person is ("my lawyer
   * friend says", "mon beau-frère avocat", "mi cuñado abogado", "mój znajomy prawnik"), in the five
   * languages (folded).
   */
  private static final Set<String> RELATION =
      Set.of(
          "friend",
          "friends",
          "mate",
          "buddy",
          "brother",
          "sister",
          "cousin",
          "neighbour",
          "neighbor",
          "uncle",
          "aunt",
          "son",
          "daughter",
          "dad",
          "mum",
          "mom",
          "ami",
          "amie",
          "amis",
          "frere",
          "soeur",
          "beau-frere",
          "belle-soeur",
          "cousine",
          "voisin",
          "voisine",
          "oncle",
          "tante",
          "fils",
          "fille",
          "amigo",
          "amiga",
          "hermano",
          "hermana",
          "primo",
          "prima",
          "cunado",
          "cunada",
          "vecino",
          "vecina",
          "tio",
          "tia",
          "hijo",
          "hija",
          "freund",
          "freundin",
          "bruder",
          "schwester",
          "nachbar",
          "nachbarin",
          "onkel",
          "schwager",
          "schwagerin",
          "sohn",
          "tochter",
          "znajomy",
          "znajoma",
          "kolega",
          "kolezanka",
          "brat",
          "siostra",
          "kuzyn",
          "kuzynka",
          "sasiad",
          "sasiadka",
          "wujek",
          "ciocia",
          "szwagier",
          "szwagierka",
          "syn",
          "corka");

  /** A job held at a law firm ("clerc dans un cabinet d'avocats", "paralegal at a law firm"). */
  private static final Set<String> JOB_NOUN =
      Set.of(
          "clerc",
          "clerk",
          "secretary",
          "secretaire",
          "secretaria",
          "sekretarka",
          "assistant",
          "assistante",
          "asystentka",
          "asystent",
          "stagiaire",
          "trainee",
          "paralegal",
          "intern",
          "becario",
          "becaria",
          "praktikant",
          "praktikantin",
          "aplikant",
          "aplikantka",
          "mitarbeiter",
          "mitarbeiterin",
          "employee",
          "employe",
          "empleado",
          "empleada",
          "pracownik",
          "pracowniczka");

  /** "I work", in the five languages (folded), followed by a word of {@link #AT}. */
  private static final Set<String> WORK =
      Set.of(
          "work",
          "works",
          "working",
          "worked",
          "employed",
          "trabajo",
          "trabaja",
          "trabajaba",
          "arbeite",
          "arbeitet",
          "arbeitete",
          "travaille",
          "travaillais",
          "pracuje",
          "pracowalem",
          "pracowalam");

  /** What places the work: "at", "in", "for", "as" and their equivalents. */
  private static final Set<String> AT =
      Set.of(
          "at", "in", "for", "as", "en", "para", "bei", "am", "im", "dans", "chez", "au", "w", "u",
          "jako", "als", "comme", "como");

  /** Words that point back to a place just named: "the court, where I work", "tam pracuję". */
  private static final Set<String> THERE =
      Set.of("where", "tam", "gdzie", "ou", "wo", "dort", "donde", "alli", "la");

  private final double threshold;

  LegalThreat(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.LEGAL_THREAT;
  }

  /** Words from which a quotation is someone's speech rather than a name in quotation marks. */
  private static final int QUOTED_SPEECH = 6;

  @Override
  public Optional<Detection> detect(JudgedText text) {
    BitSet routine =
        PhraseEvidence.of(text, "legal-routine", EnumSet.noneOf(Guard.class)).sentences();
    List<PhraseMatch> against = text.matchesOf("legal-against");
    List<PhraseMatch> documents = text.matchesOf("legal-document");
    Disclaimer disclaimer = Disclaimer.of(text);
    BitSet elsewhere =
        PhraseEvidence.of(text, "legal-elsewhere", EnumSet.noneOf(Guard.class)).sentences();
    List<int[]> quotations = Sentences.quotations(text.text());
    return PhraseEvidence.of(
            text,
            signal().wireName(),
            GUARDS,
            m ->
                !elsewhere.get(m.sentence())
                    && !workplace(text, m)
                    && !(namesLawyer(text, m) && (routine.get(m.sentence()) || job(text, m)))
                    && against.stream().noneMatch(m::overlaps)
                    && documents.stream().noneMatch(m::overlaps)
                    && !disclaimer.covers(text, m)
                    // the company's words quoted ("Sie schreiben: „… übergeben wir die Forderung
                    // unserem Rechtsanwalt“"), not this customer's threat
                    && !text.quotedSpeech(m, quotations, QUOTED_SPEECH))
        .detection(signal(), text, threshold);
  }

  /**
   * The lawyer is someone's job or the writer's own firm: a copula or "as" shortly before the first
   * lawyer word with no possessive between ("is my lawyer" stays a threat), a word such as
   * "brother's" just before it, or "own".
   */
  private static boolean job(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    int k = firstLawyerWord(sentence, m);
    if (k < 0) {
      return false;
    }
    if (ownJobStated(sentence, k)) {
      return true; // "Pracuję jako radca prawny i chcę zamówić numer na kancelarię"
    }
    boolean after = k + 1 < sentence.size() && RELATION.contains(sentence.word(k + 1));
    if (after || k > 0 && RELATION.contains(sentence.word(k - 1))) {
      return true; // "my lawyer friend says", "mon beau-frère avocat", "mi amigo abogado"
    }
    for (int i = k - 1; i >= 0 && i >= k - JOB_WINDOW; i--) {
      String w = sentence.word(i);
      if (JOB_NOUN.contains(w) || OWN.stream().anyMatch(w::startsWith)) {
        return true;
      }
      if (COPULA.contains(w) || w.endsWith("'s") && w.length() > 3) {
        return true;
      }
      if (!BEFORE_JOB.contains(w)) {
        return false; // "I am contacting a lawyer": a verb between, not a job
      }
    }
    return false;
  }

  /**
   * The writer's job told earlier in the sentence ("I work as a solicitor", "pracuję jako radca
   * prawny", "je travaille comme juriste"): every lawyer word after it is that job.
   */
  private static boolean ownJobStated(Sentence sentence, int before) {
    for (int i = 0; i + 1 < before; i++) {
      if (WORK.contains(sentence.word(i)) && AT.contains(sentence.word(i + 1))) {
        for (int j = i + 1; j <= Math.min(before, i + 4); j++) {
          if (lawyerWord(sentence.word(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean lawyerWord(String w) {
    for (String stem : LAWYER) {
      if (w.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  private static int firstLawyerWord(Sentence sentence, PhraseMatch m) {
    for (int i = m.start(); i < m.end(); i++) {
      String w = sentence.word(i);
      for (String stem : LAWYER) {
        if (w.startsWith(stem)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Stems of the words for a lawyer or notary in the five languages (folded). */
  private static final List<String> LAWYER =
      List.of(
          "lawyer",
          "attorney",
          "solicitor",
          "counsel",
          "notar",
          "avocat",
          "d'avocat",
          "l'avocat",
          "anwalt",
          "rechtsanw",
          "abogad",
          "adwokat",
          "prawnik",
          "radc",
          "kancelari",
          "kanzlei",
          "juriste",
          "mediateur",
          "mediatrice",
          "mediator",
          "mediador",
          "mediadora");

  /** The match is a lawyer named, not a court, a regulator or a claim. */
  private static boolean namesLawyer(JudgedText text, PhraseMatch m) {
    return firstLawyerWord(text.sentence(m), m) >= 0;
  }

  /**
   * The writer's own job at a court or a law firm ("I work at the county court", "trabajo en un
   * juzgado") names the place, not a route taken against the company.
   */
  private static boolean workplace(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    int after = Math.min(sentence.size(), m.end() + WORK_WINDOW);
    for (int i = m.end(); i < after; i++) {
      if (WORK.contains(sentence.word(i))
          && (THERE.contains(sentence.word(i - 1))
              || i >= 2 && THERE.contains(sentence.word(i - 2)))) {
        return true; // "Sąd Rejonowy w Toruniu – tam pracuję", "the county court, where I work"
      }
    }
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - WORK_WINDOW; i--) {
      String w = sentence.word(i);
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return false;
      }
      if (WORK.contains(w) && AT.contains(sentence.word(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
