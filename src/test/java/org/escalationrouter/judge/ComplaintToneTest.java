package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.facts.Severity;
import org.escalationrouter.parse.Letter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A complaint with no signal is medium: delays, breakdowns, poor goods and sarcasm, in five
 * languages; a review's own verdict ("nie polecam", "à fuir") is complaint language, not public
 * exposure. Plain questions and thanks stay low.
 */
class ComplaintToneTest {

  private final Judge judge = Judge.withDefaults();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thanks for nothing, the app crashed again halfway through checkout.",
        "The parcel still hasn't arrived and the tracking page is a mess.",
        "Der Regionalzug fiel heute früh schon wieder aus.",
        "40 Minuten Verspaetung und keine Durchsage, danke für nichts.",
        "Die Anzeigen am Bahnsteig stimmen fast nie.",
        "Service client injoignable, délais interminables.",
        "A fuir, service client lamentable.",
        "Nie polecam, towar przyszedł porysowany i w zupełnie innym kolorze.",
        "Perdieron mi maleta, un desastre de aerolínea.",
        // round 2: help that did not help, arrival told against the timetable, disbelief,
        // impossible to reach anyone, nobody in charge, another item than ordered
        "Your chat agent was not helpful at all.",
        "Ankunft in Köln 23:10 statt 21:40.",
        "Ich verstehe nicht, wie man so einen Fahrplan machen kann.",
        "Impossible de joindre quelqu'un au service sinistres.",
        "Ya no sé cómo explicarles lo del equipaje.",
        "Zamówiłam buty czarne, a przyszły zupełnie inne, brązowe.",
        "W opisie stan idealny, w rzeczywistości porysowana obudowa.",
        // tone2: a failure told by its verb, someone who never came, a home without a service,
        // annoyance, regret, "not normal", waiting told as a span
        "The banking app crashes as soon as I open the statements page.",
        "My laptop won't turn on since your update last night.",
        "The plumber you booked for me never turned up on Thursday.",
        "We have been without hot water for four days now.",
        "Honestly it is so irritating to queue for forty minutes at the counter.",
        "Die Kamera stürzt bei jedem Foto ab.",
        "Der Monteur ist am Dienstag nicht gekommen.",
        "Seit Montag sind wir ohne Heizung.",
        "Der Drucker geht seit dem Update nicht mehr an.",
        "La box ne s'allume plus depuis hier soir.",
        "Le livreur n'est jamais venu, j'ai perdu ma matinée.",
        "C'est vraiment agaçant, ce formulaire en ligne.",
        "La impresora no enciende desde que la recibí.",
        "El fontanero no vino y nadie avisó.",
        "Me arrepiento de haber contratado este seguro del hogar.",
        "Aplikacja zawiesza się przy każdym logowaniu.",
        "Od tygodnia jesteśmy bez ogrzewania.",
        "Żałuję, że wybrałam tę firmę przeprowadzkową.",
        // tone2, round 2: the remedy wanted for a fault, exasperation, the same fault again, a
        // part missing, a connection missed, a mess left behind
        "I only want the washing machine repaired, nothing more.",
        "Ich möchte nur, dass die Spülmaschine repariert wird.",
        "Je veux juste qu'on vienne réparer le chauffe-eau.",
        "Solo quiero que me cambien la lavadora.",
        "Chcę tylko, żeby ktoś wreszcie wymienił tę pralkę.",
        "Na toll, die S-Bahn hält heute nicht in Altona.",
        "Comme d'habitude, le bus de huit heures est passé sans s'arrêter.",
        "Como siempre, el autobús de las ocho pasó sin parar.",
        "Jak zwykle autobus o ósmej przejechał bez zatrzymania.",
        "The dishwasher makes the same noise it made before the repair.",
        "Im Karton fehlt die Fernbedienung.",
        "We missed our connecting flight in Frankfurt.",
        "Perdimos la conexión en Madrid por culpa de la puerta de embarque.",
        "Die Handwerker haben den ganzen Bauschutt im Hof liegen lassen.",
        // eleventh round: German compounds ending in the fault, rudeness, never managing it,
        // standing for minutes, nobody saying a word; Polish: fell apart, money wasted
        "Heute wieder Weichenstörung in Hamburg.",
        "Der Schaffner war total unfreundlich zu mir.",
        "Die Bahn kriegt es echt nie hin.",
        "Ich stehe seit 40 Minuten am Bahnsteig.",
        "Klimaanlage aus und kein Wort vom Zugbegleiter.",
        "Buty rozkleiły się po tygodniu. Szkoda pieniędzy.",
        "Zero kontaktu ze sprzedawcą.",
        // twelfth round: shouting, in any language
        "@bahn Zug steht in Hamm und IHR SAGT WIEDER GAR NICHTS",
        "Day three with the modem. THIS IS A JOKE.",
        "Moje zamówienie? NADAL NIE WYSŁANE.",
        "Vol de Nantes: ON ATTEND TOUJOURS LES BAGAGES"
      })
  void complaintWithoutSignalIsMedium(String text) {
    Judgement j = judge.judge(Letter.ofText("", text));
    assertThat(j.signals()).as(text).isEmpty();
    assertThat(j.severity()).as(text).isEqualTo(Severity.MEDIUM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Could you tell me when the new timetable starts?",
        "Danke, alles hat wunderbar geklappt.",
        "Merci pour votre aide rapide.",
        "Dziękuję, paczka dotarła w terminie.",
        "Wie lange ist die Fahrkarte gültig?",
        "The staff were very helpful, thank you.",
        "Gibt es im Zug Steckdosen?",
        "Wszystko w porządku, polecam."
      })
  void questionsAndThanksStayLow(String text) {
    assertThat(judge.judge(Letter.ofText("", text)).severity()).as(text).isEqualTo(Severity.LOW);
  }

  /**
   * A letter that says the matter is settled, thanks for what was done or asks only a routine
   * question names its trouble in passing: it stays low. The same trouble told without the
   * settlement, or told at length, is a complaint.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The router was faulty but the replacement came yesterday, all sorted now, thanks.",
        "My train was cancelled; thanks for the quick refund, I am happy with the outcome.",
        "Die Lieferung war verspätet, hat sich aber erledigt, alles läuft wieder.",
        "Le colis était endommagé, mais votre conseiller a réglé le problème. Je clôture ma réclamation.",
        "La maleta llegó dañada, pero ya he recibido la compensación. Muchas gracias por la gestión.",
        "Paczka była uszkodzona, ale sprawa została załatwiona, za co dziękuję.",
        "My flight was delayed last month; just asking whether the lounge in Leeds is open.",
        "Der Flug hatte Verspätung, ich brauche nur eine Quittung für das Taxi.",
        "El pedido llegó con retraso, pero solo necesito la factura.",
        "Item arrived damaged. Seller replaced it quickly. 4 stars.",
        "Wszystko ok, tylko kurier trochę niemiły. 4/5",
        "Le colis est arrivé en retard, le vendeur s'est excusé. Quatre étoiles.",
        "Die Lieferung kam spät, aber unsere Teamleiterin hat es gelöst, bitte richten Sie ihr meinen"
            + " Dank aus."
      })
  void settledTroubleStaysLow(String text) {
    Judgement j = judge.judge(Letter.ofText("", text));
    assertThat(j.signals()).as(text).isEmpty();
    assertThat(j.severity()).as(text).isEqualTo(Severity.LOW);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The problem is not resolved: the router still crashes every evening.",
        "Das Problem ist nicht gelöst, die Kamera stürzt weiter ab.",
        "Item arrived damaged and nobody answers. 1/5.",
        "Thanks for the quick reply, but the app crashes, the screen freezes and the card is"
            + " declined at every till."
      })
  void troubleNotSettledIsMedium(String text) {
    Judgement j = judge.judge(Letter.ofText("", text));
    assertThat(j.signals()).as(text).isEmpty();
    assertThat(j.severity()).as(text).isEqualTo(Severity.MEDIUM);
  }

  /**
   * An answer or a forward carries the old subject ("Re: Awaria"): its complaint words tell the
   * matter of the thread, not the tone of the new text, which here only asks for a document. The
   * same subject on a new letter still counts.
   */
  @Test
  void theSubjectOfAnAnswerDoesNotMakeTheTone() {
    String text = "Proszę jeszcze o przesłanie faktury korygującej na maila.";
    assertThat(
            judge.judge(Letter.ofText("Re: Awaria internetu, nadal nie działa", text)).severity())
        .isEqualTo(Severity.LOW);
    assertThat(
            judge
                .judge(Letter.ofText("AW: Router kaputt, funktioniert immer noch nicht", text))
                .severity())
        .isEqualTo(Severity.LOW);
    assertThat(judge.judge(Letter.ofText("Awaria internetu, nadal nie działa", text)).severity())
        .isEqualTo(Severity.MEDIUM);
  }
}
