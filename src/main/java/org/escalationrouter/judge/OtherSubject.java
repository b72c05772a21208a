package org.escalationrouter.judge;

import java.util.Set;

/**
 * The company, its staff or another person as the subject of a phrase ("they would have to close my
 * cards", "ils ont résilié", "the bank's attorney told everyone"): the act is told about someone
 * else, not threatened by the writer. Looks back over the clause before the phrase.
 */
final class OtherSubject {

  private static final int WINDOW = 4;

  /**
   * Subjects that are not the writer, in English, French, Spanish and Polish (folded). Not "he": it
   * is the Spanish "I have" ("he decidido cancelar").
   */
  private static final Set<String> THIRD_PERSON =
      Set.of(
          "they",
          "they'd",
          "they're",
          "they'll",
          "she",
          "she'd",
          "agent",
          "rep",
          "representative",
          "bank",
          "company",
          "supervisor",
          "staff",
          // (twentieth round) someone else at the counter or the collector ("someone telling people
          // in line what they need", "the collector keeps telling people")
          "someone",
          "somebody",
          "collector",
          "collectors",
          "clerk",
          "cashier",
          "teller",
          "ils",
          "elles",
          "ellos",
          "ellas",
          "oni");

  /** Staff and professionals who tell others things as part of their work (folded). */
  private static final Set<String> STAFF =
      Set.of(
          "attorney",
          "lawyer",
          "manager",
          "employee",
          "technician",
          "tech",
          "advisor",
          "adviser",
          "banker",
          "officer",
          "conseiller",
          "conseillere",
          "mitarbeiter",
          "mitarbeiterin",
          "empleado",
          "empleada",
          "pracownik",
          "konsultant");

  /** The writer as the subject nearer the phrase ("if they don't refund, I will tell everyone"). */
  private static final Set<String> FIRST_PERSON =
      Set.of(
          "i", "we", "i'm", "i'll", "we'll", "je", "j'ai", "nous", "ich", "wir", "yo", "ja", "my");

  private OtherSubject() {}

  /** The writer as a subject: "I", "I'll", "je", "ich", "wir", "ja" (folded). */
  static boolean firstPerson(String word) {
    return FIRST_PERSON.contains(word);
  }

  /** A third-person subject in the clause just before the phrase. */
  static boolean before(Sentence sentence, PhraseMatch m) {
    return before(sentence, m, false);
  }

  /** As {@link #before(Sentence, PhraseMatch)}, also counting staff nouns as subjects. */
  static boolean beforeOrStaff(Sentence sentence, PhraseMatch m) {
    return before(sentence, m, true);
  }

  private static boolean before(Sentence sentence, PhraseMatch m, boolean staff) {
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - WINDOW; i--) {
      String w = sentence.word(i);
      if (w.equals(",") || w.equals(";") || w.equals(":") || FIRST_PERSON.contains(w)) {
        return false;
      }
      if (THIRD_PERSON.contains(w) || (staff && STAFF.contains(w))) {
        return true;
      }
    }
    return false;
  }
}
