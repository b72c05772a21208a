package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Letter;
import org.junit.jupiter.api.Test;

class GermanSpellingTest {

  @Test
  void readsAeOeUeAfterAConsonantOrAtTheStartAsUmlauts() {
    assertThat(GermanSpelling.umlauted("kuendigung")).isEqualTo("kundigung");
    assertThat(GermanSpelling.umlauted("moechte")).isEqualTo("mochte");
    assertThat(GermanSpelling.umlauted("aerger")).isEqualTo("arger");
    assertThat(GermanSpelling.umlauted("rueckerstattung")).isEqualTo("ruckerstattung");
    assertThat(GermanSpelling.umlauted("gebuehren")).isEqualTo("gebuhren");
  }

  @Test
  void leavesTwoSoundsAndQuAlone() {
    for (String word : List.of("dauer", "steuer", "neue", "frauen", "quelle", "euer", "kunde")) {
      assertThat(GermanSpelling.umlauted(word)).as(word).isEqualTo(word);
    }
  }

  @Test
  void aGermanLetterTypedWithoutUmlautsIsJudgedAsWithThem() {
    Judge judge = Judge.withDefaults();
    String with = "Meine Kündigung wurde bis heute nicht bestätigt, ich möchte raus.";
    String without = "Meine Kuendigung wurde bis heute nicht bestaetigt, ich moechte raus.";
    assertThat(judge.judge(Letter.ofText("", without)).signals())
        .isEqualTo(judge.judge(Letter.ofText("", with)).signals())
        .contains(Signal.CANCELLATION_THREAT);
  }

  @Test
  void quotesTheWordsAsWritten() {
    Judgement judgement =
        Judge.withDefaults()
            .judge(Letter.ofText("", "Ich werde meinen Vertrag kuendigen, das ist sicher."));
    assertThat(judgement.findings().get(0).evidence().get(0).phrase()).contains("kuendigen");
  }
}
