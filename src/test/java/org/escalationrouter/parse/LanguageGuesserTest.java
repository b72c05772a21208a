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
        "OK|"
      })
  void tellsTheFiveLanguagesApart(String text, String expected) {
    assertThat(LanguageGuesser.guess(text)).isEqualTo(expected);
  }
}
