package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.facts.Severity;
import org.escalationrouter.parse.Letter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The severity line by kind (issue 14, eighth round), in the five languages, with sentences written
 * for this test: what makes a letter with no signal a complaint (medium) rather than a question, a
 * routine request or thanks (low); and what makes a threat critical (an explicit deadline given to
 * the company, or a time inside the threat's condition) rather than high or medium ("otherwise"
 * alone, a time the company once promised). The rule that fired stays in {@link Judgement#rule()}.
 */
class SeverityKindsTest {

  private final Judge judge = Judge.withDefaults();

  /**
   * Understatement, a fault told with its span, rhetoric aimed at the top, a repair demanded, the
   * state of what was sold.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Not impressed with the new customer portal, half the pages are blank.",
        "Honestly, far from happy with how the installation went.",
        "The lift in our block has been out of order for three weeks.",
        "No hot water since Monday and the boiler still shows an error.",
        "I wonder what your chief executive would say about this queue.",
        "Nicht gerade begeistert von der neuen Tarifübersicht, die Hälfte fehlt.",
        "Seit zwei Wochen kein Warmwasser in der ganzen Wohnung.",
        "Ich frage mich, was Ihr Vorstand dazu sagen würde.",
        "Pas vraiment satisfait de la livraison, le carton était ouvert.",
        "Depuis trois semaines, toujours pas de connexion dans l'appartement.",
        "Je me demande ce qu'en dirait votre directeur.",
        "No estoy nada contento con la instalación, dejaron cables por todas partes.",
        "Llevamos dos semanas sin calefacción en el piso.",
        "Me pregunto qué diría su director de todo esto.",
        "Nie jestem zachwycony nową aplikacją, ciągle się zawiesza.",
        "Od tygodnia nie mamy internetu w mieszkaniu.",
        "Ciekawe, co by powiedział wasz prezes na taką obsługę.",
        // a repair demanded, bare or impatient
        "Just repair the boiler, that is all I ask.",
        "Bitte reparieren Sie die Heizung endlich.",
        "Réparez enfin la connexion, s'il vous plaît.",
        "Arreglen de una vez el ascensor.",
        "Naprawcie wreszcie tę bramę.",
        // (twenty-fourth round) the state of what was sold, told plainly: dirty, mouldy, noisy,
        // cold food, overpriced, goods soaked or crushed, rude staff, no word given, a last-minute
        // change, hours for a short distance, a parcel stuck; a German post with few function
        // words is still read as German ("im" is German too)
        "Room was filthy and the shower didn't drain.",
        "The food was inedible and overpriced.",
        "Parcel arrived crushed and soaked, the box was falling apart.",
        "The package sat in the depot for a week with no updates.",
        "Staff were condescending and laughed at my question.",
        "2 hours to check in a bag. Every single time.",
        "Klimaanlage im ICE wieder mal ausgefallen, 35 Grad im Wagen.",
        "Das Hotelzimmer war schmutzig und roch nach Rauch.",
        "Die Dusche war verschimmelt und das Frühstück lauwarm.",
        "Heute 45 Minuten später angekommen, keine Durchsage.",
        "Mein Anschlusszug ist natürlich weg. Danke DB.",
        "Gleiswechsel in letzter Minute, halber Bahnsteig rennt.",
        "Zug endet heute schon in Fulda, alle raus.",
        "Tür klemmt, Zug steht, Schaffner ratlos.",
        "Vol retardé de 4 heures, aucune information, personnel débordé.",
        "Le livreur a laissé le colis sous la pluie, tout est trempé.",
        "Trois heures pour faire 200 km, merci la SNCF.",
        "La habitación estaba sucia y el aire acondicionado no funcionaba.",
        "Tres horas en la pista sin agua ni explicaciones.",
        "Nos cambiaron la puerta de embarque y nadie avisó.",
        "Kurier zostawił paczkę pod drzwiami, w deszczu.",
        "Przesyłka stoi w sortowni od tygodnia.",
        "Jedzenie zimne, obsługa niemiła.",
        // marked delivered and never come, a visit of five minutes, not even looked, an update
        "Parcel marked as delivered but it's nowhere to be found.",
        "The insurer's assessor spent five minutes looking and left.",
        "Die Hotline legt nach zehn Minuten einfach auf.",
        "L'expert est resté dix minutes et n'a même pas regardé le toit.",
        "El paquete figura como entregado pero no ha llegado.",
        "Aplikacja wyrzuca mnie co pięć minut."
      })
  void complaintKindsAreMedium(String text) {
    Judgement j = judge.judge(Letter.ofText("", text));
    assertThat(j.signals()).as(text).isEmpty();
    assertThat(j.severity()).as(text).isEqualTo(Severity.MEDIUM);
    assertThat(j.rule()).as(text).isEqualTo("medium: complaint without a signal");
  }

  /**
   * A plain fault framed by a routine question ("is there an update?", "what are my options?"), or
   * a disruption told with thanks for the help given: low; so are the words of a poor state (dirty,
   * noisy, overpriced) in praise, denied, or in a routine question.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "My router restarts every night around two, is there a firmware update for it?",
        "The train to Leeds was cancelled, what are my options for tomorrow?",
        "Thanks for rebooking us so quickly after the flight was cancelled.",
        "Our bus broke down but the driver was brilliant, please pass on my thanks.",
        "Die App stürzt beim Öffnen ab, gibt es schon ein Update?",
        "Der Zug fiel aus, aber danke für die schnelle Umbuchung.",
        "Le train a été supprimé, mais merci pour la prise en charge, personnel très aimable.",
        "L'appli se ferme toute seule, y a-t-il une mise à jour prévue ?",
        "Se canceló el vuelo, pero gracias por todo, el personal fue muy amable.",
        "La app se cierra sola, ¿hay alguna actualización prevista?",
        "Lot odwołany, ale dziękuję za szybkie przebukowanie, obsługa bardzo pomocna.",
        "Aplikacja się zawiesza, czy jest jakaś aktualizacja?",
        // a polite routine request, even with a small fault beside it
        "Could you just fix the typo in my name on the next invoice?",
        "Könnten Sie bitte meine neue Adresse ändern? Der Umzug war letzte Woche.",
        "Pourriez-vous corriger le nom sur la facture ? Il manque une lettre.",
        "¿Podrían cambiar la fecha de la visita al jueves? Ese día no estoy.",
        "Czy mogliby Państwo przesłać fakturę jeszcze raz? Nie dotarła do mnie.",
        // capitals that are no shout (ComplaintTone.shouts): a row of abbreviations, a text in
        // capitals throughout, an address
        "Is the ICE DB RE connection in Hamm on time today?",
        "PLEASE SEND ME THE FORM FOR THE NEW ADDRESS. THANK YOU.",
        "Please send the new card to 12 RUE DE LA PAIX, 75002 PARIS.",
        // (twenty-fourth round) the words of the state of what was sold in praise, denied, or in a
        // routine question
        "Clean room, not noisy at all, friendly staff. Would stay again.",
        "The food was great and not overpriced.",
        "Is the breakfast included or do I pay extra?",
        "Ordered in blue, arrived quickly, exactly as pictured.",
        "Das Zimmer war sauber und ruhig, gerne wieder.",
        "Gibt es im ICE nach Berlin ein Ruheabteil?",
        "Chambre propre, personnel aimable, rien à redire.",
        "Habitación limpia, personal amable, repetiría.",
        "Paczka dotarła cała i sucha, dziękuję."
      })
  void routineQuestionsAndThanksAreLow(String text) {
    Judgement j = judge.judge(Letter.ofText("", text));
    assertThat(j.severity()).as(text).isEqualTo(Severity.LOW);
    assertThat(j.rule()).as(text).isEqualTo("low: no signal");
  }

  /** A routine question does not outweigh a complaint told with more than one plain fault. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Unacceptable: the router keeps crashing and the engineer never showed up. Is there a fix?",
        "Die App stürzt ständig ab, unzumutbar und ärgerlich. Gibt es ein Update?",
        "Service lamentable, l'appli plante sans arrêt. Y a-t-il une mise à jour ?"
      })
  void complaintWithARoutineQuestionStaysMedium(String text) {
    assertThat(judge.judge(Letter.ofText("", text)).severity()).as(text).isEqualTo(Severity.MEDIUM);
  }

  /** An explicit deadline, or a time in the threat's condition, with a threat: critical. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "If the refund is not in my account by the 20th, I will take you to the small claims court.",
        "Unless the engineer comes this week, I am cancelling my contract.",
        "If I have no answer in 48 hours, I will report you to the ombudsman.",
        "Wenn die Störung diese Woche nicht behoben ist, kündige ich den Vertrag.",
        "Falls bis Ende des Monats keine Gutschrift kommt, schalte ich meinen Anwalt ein.",
        "Si ce n'est pas réparé demain, je résilie mon abonnement.",
        "Sous huit jours sans réponse, je saisis le médiateur.",
        "Si en 72 horas no me devuelven el dinero, me doy de baja.",
        "Antes del viernes quiero una solución o acudiré a consumo.",
        "Jeśli do jutra nie naprawicie łącza, rezygnuję z umowy.",
        "Do końca tygodnia oczekuję zwrotu, inaczej idę do rzecznika konsumentów."
      })
  void deadlineWithThreatIsCritical(String text) {
    Judgement j = judge.judge(Letter.ofText("", text));
    assertThat(j.severity()).as(text).isEqualTo(Severity.CRITICAL);
    assertThat(j.rule()).as(text).startsWith("critical: explicit deadline with ");
  }

  /**
   * "Otherwise" is the threat's condition, not a deadline; a time the company once promised is the
   * story of a broken promise. Neither makes a threat critical.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Please sort out the duplicate charge, otherwise I will cancel my account.",
        "Bitte erstatten Sie den Betrag, andernfalls kündige ich.",
        "Remboursez-moi, sinon je résilie.",
        "Devuélvanme el importe, de lo contrario me doy de baja.",
        "Proszę o zwrot, w przeciwnym razie rezygnuję z usług.",
        "They promised me an engineer within 3 working days. I'm cancelling the contract."
      })
  void otherwiseOrAPromisedTimeIsNoDeadline(String text) {
    Judgement j = judge.judge(Letter.ofText("", text));
    assertThat(j.severity()).as(text).isNotEqualTo(Severity.CRITICAL);
    assertThat(j.rule()).as(text).doesNotContain("deadline");
  }

  /** A promised time inside the threat's condition is still the writer's deadline. */
  @Test
  void promisedTimeInsideTheConditionIsADeadline() {
    Judgement j =
        judge.judge(
            Letter.ofText(
                "",
                "Unless the refund arrives as agreed by the end of the month, I'm cancelling."));
    assertThat(j.severity()).isEqualTo(Severity.CRITICAL);
  }

  /** The table stays configurable: with the deadline rule off, the same letter is not critical. */
  @Test
  void deadlineRuleCanBeSwitchedOff() {
    JudgeSettings off =
        new JudgeSettings(null, null, null, null, null, null, null, null, false, null);
    Judgement j =
        new Judge(off)
            .judge(Letter.ofText("", "Unless the engineer comes this week, I am cancelling."));
    assertThat(j.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(j.rule()).isEqualTo("medium: one signal (cancellation-threat)");
  }
}
