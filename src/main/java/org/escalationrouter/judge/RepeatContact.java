package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * The customer has been in touch before about the same matter without result. Questions count ("why
 * do I have to call a third time?"). Besides the phrases, a composition: two contacts or more told
 * each with its own date or day ({@code contact-event}: "called in June ... called in July",
 * "online chat on the 15th, email on the 20th"), or each opening its own line of a chronology
 * ({@code contact-opening}: "10/06 - rang. ... 04/07 - emailed photos.", "Llamo, me dicen... Vuelvo
 * a llamar."). A request renewed at the head of its sentence counts alone ({@code request-renewed}:
 * "Once again: please cancel the order.", "Nochmals: bitte stornieren Sie…").
 */
final class RepeatContact implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION_UNLESS_UNANSWERED, Guard.HYPOTHETICAL);

  private static final int EVENTS = 2;

  private final double threshold;

  RepeatContact(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Folded participles and past forms of verbs of charging, in the five languages. A count right
   * after one ("prélevé deux fois", "me cobraron tres veces", "zweimal abgebucht" told the other
   * way round) counts the charges, not the customer's contacts: that is a money dispute.
   */
  private static final Set<String> CHARGING =
      Set.of(
          "charged",
          "billed",
          "debited",
          "preleve",
          "prelevee",
          "preleves",
          "prelevees",
          "facture",
          "factures",
          "facturee",
          "facturees",
          "debite",
          "cobraron",
          "cobrado",
          "cobrados",
          "cobrada",
          "cobradas",
          "cobrais",
          "cargaron",
          "cargado",
          "facturaron",
          "facturado",
          "descontaron",
          "abgebucht",
          "belastet",
          "berechnet",
          "pobrali",
          "pobraliscie",
          "pobrano",
          "pobral",
          "pobrala",
          "obciazyli",
          "obciazono",
          "naliczyli",
          "naliczono");

  private static final int CHARGE_WINDOW = 2;

  // the count and its noun at the end of a phrase ("deux fois", "dos veces")
  private static final int COUNT_TAIL = 2;

  /** Articles and possessives before a noun that is spelled like a verb of charging. */
  private static final Set<String> ARTICLES =
      Set.of("la", "ma", "ta", "sa", "votre", "notre", "cette", "une", "leur", "des", "les", "vos");

  /**
   * The phrase follows a verb of charging within two words ("facturé trois fois"), or holds one
   * before its count ("explique pourquoi on me facture deux fois", "reclamo lo cobrado dos veces").
   */
  private static boolean countsCharges(JudgedText text, PhraseMatch m) {
    Sentence s = text.sentence(m);
    if (s.anyOf(CHARGING, m.start() - CHARGE_WINDOW, m.start())) {
      return true;
    }
    // inside the phrase, just before its count and not a noun after its article ("la facture")
    for (int i = Math.max(m.start(), m.end() - COUNT_TAIL - CHARGE_WINDOW); i < m.end(); i++) {
      if (CHARGING.contains(s.word(i)) && (i == 0 || !ARTICLES.contains(s.word(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Signal signal() {
    return Signal.REPEAT_CONTACT;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    // a count of something other than contacts ({@code repeat-off}: instalments "en trois fois",
    // a sum "trois fois 8 €", a fault "3e fois que ça saute") over the phrase's words
    List<PhraseMatch> other = text.matchesOf("repeat-off");
    Optional<Detection> phrased =
        PhraseEvidence.of(
                text,
                signal().wireName(),
                GUARDS,
                m -> !countsCharges(text, m) && other.stream().noneMatch(m::overlaps))
            .detection(signal(), text, threshold);
    if (phrased.isPresent()) {
      return phrased;
    }
    // a request renewed at the head of its sentence ("Once again: please cancel"); elsewhere its
    // words thank again ("Thank you once again, please pass this on") or tell a fault come back
    Optional<Detection> renewed =
        PhraseEvidence.of(text, "request-renewed", GUARDS, m -> Sentences.opens(text, m))
            .detection(signal(), text, 0);
    if (renewed.isPresent()) {
      return renewed;
    }
    // contacts told one by one with their dates: "I phoned on the 3rd. I emailed on the 15th."
    PhraseEvidence events = PhraseEvidence.of(text, "contact-event", GUARDS);
    if (events.size() >= EVENTS) {
      return events.detection(signal(), text, 0);
    }
    // a chronology: contacts told each at the head of its own line, with no subject
    PhraseEvidence lines =
        PhraseEvidence.of(text, "contact-opening", GUARDS, m -> Sentences.opens(text, m));
    return lines.sentences().cardinality() >= EVENTS
        ? lines.detection(signal(), text, 0)
        : Optional.empty();
  }
}
