package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I have been waiting for my refund for six weeks and nobody answers my calls.|en",
        "Od sześciu tygodni czekam na zwrot pieniędzy i nikt nie odbiera telefonu.|pl",
        "Ich warte seit sechs Wochen auf die Erstattung und niemand ruft mich zurück.|de",
        "J'attends mon remboursement depuis six semaines et personne ne répond.|fr",
        "Llevo seis semanas esperando el reembolso y nadie contesta mis llamadas.|es",
        "Aspetto il rimborso da sei settimane e nessuno risponde alle mie chiamate, grazie.|",
        "no reply and no fix, why is it always like this|en",
        "OK|",
        // short posts whose few words English shares ("me", "on") were read as English, so that
        // only the English phrases judged them
        "Me prometieron una llamada. Nunca me llamaron.|es",
        "Si no me responden hoy me voy.|es",
        "On m'a dit qu'on me rappellerait. Pas un mot.|fr",
        "On me facture des frais inconnus.|fr",
        "Qu'on me rembourse, point.|fr",
        "Man hat mich dreimal abgewimmelt.|de",
        "Obiecano mi telefon. Nikt nie oddzwonił.|pl",
        "Me and my wife were stuck at the gate for 5 hours.|en",
        "@SouthwestAir better travel photos: http://t.co/7dM2J8 http://t.co/xeDeck|"
      })
  void tellsTheFiveLanguagesApart(String text, String expected) {
    assertThat(LanguageGuesser.guess(text)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void readsAWordWithAnInvisibleCharacterAfterEveryLetterAsTheWord() {
    String text = "Ich warte seit sechs Wochen auf die Erstattung und niemand ruft mich zurück.";
    for (char invisible : new char[] {'\u200b', '\u00ad', '\u200c', '\u2060'}) {
      StringBuilder spread = new StringBuilder();
      text.chars().forEach(c -> spread.append((char) c).append(invisible));
      assertThat(LanguageGuesser.guess(spread.toString()))
          .as("U+%04X", (int) invisible)
          .isEqualTo("de");
    }
  }
}
