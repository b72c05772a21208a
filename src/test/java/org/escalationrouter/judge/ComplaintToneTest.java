package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.parse.Letter;
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
        "W opisie stan idealny, w rzeczywistości porysowana obudowa."
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
        "The staff were very helpful, thank you."
      })
  void questionsAndThanksStayLow(String text) {
    assertThat(judge.judge(Letter.ofText("", text)).severity()).as(text).isEqualTo(Severity.LOW);
  }
}
