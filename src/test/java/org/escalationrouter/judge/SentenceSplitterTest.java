package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  /** Abbreviations of an addressing line do not end it: "z. Hd. der Geschäftsführung". */
  @Test
  void anAddressingAbbreviationDoesNotEndTheLine() {
    assertThat(SentenceSplitter.split("z. Hd. der Geschäftsführung – Beschwerde")).hasSize(1);
    assertThat(SentenceSplitter.split("Att. Director General")).hasSize(1);
  }

  /**
   * A German ordinal in digits does not end the sentence before its noun; a number at the end does.
   */
  @Test
  void aGermanOrdinalInDigitsKeepsItsNoun() {
    assertThat(SentenceSplitter.split("Ich schreibe Ihnen zum 3. Mal wegen der Rechnung."))
        .hasSize(1);
    assertThat(SentenceSplitter.split("Das ist meine 4. Mail zu diesem Thema.")).hasSize(1);
    assertThat(SentenceSplitter.split("I called them 3. Then I wrote.")).hasSize(2);
  }

  /** A regulator's masked date is one number-like word; a name masked as XXXX stays a word. */
  @Test
  void aMaskedDateIsOneNumber() {
    List<Sentence> s = SentenceSplitter.split("Called XXXX on XX/XX/XXXX and xx/xx/2019.");
    assertThat(s.get(0).tokens())
        .extracting(Token::text)
        .containsExactly("called", "xxxx", "on", "00/00/0000", "and", "00/00/0000");
    assertThat(s.get(0).tokens().get(3).isNumber()).isTrue();
    assertThat(s.get(0).tokens().get(1).isNumber()).isFalse();
  }

  @Test
  void splitsSentencesButNotNumbersOrWrappedLines() {
    List<Sentence> s =
        SentenceSplitter.split("I paid $21.00 on time.\nIt was\nwrapped here. Why? Dr. who");
    assertThat(s).hasSize(4); // "Dr. who" stays one sentence: no capital after the dot
    assertThat(s.get(0).tokens())
        .extracting(Token::text)
        .containsExactly("i", "paid", "$", "21.00", "on", "time");
    assertThat(s.get(1).tokens())
        .extracting(Token::text)
        .containsExactly("it", "was", "wrapped", "here");
    assertThat(s.get(2).question()).isTrue();
  }

  @Test
  void aRunWithoutASentenceEndIsCutIntoBoundedPiecesAfterACommaWhenNear() {
    String run = "please forward this to your CEO and the board, ".repeat(2_000);

    List<Sentence> s = SentenceSplitter.split(run);

    assertThat(s)
        .allSatisfy(x -> assertThat(x.size()).isLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS));
    assertThat(s.subList(0, s.size() - 1))
        .allSatisfy(x -> assertThat(x.word(x.size() - 1)).isEqualTo(","));
    assertThat(s.stream().mapToInt(Sentence::size).sum()).isEqualTo(20_000);
  }

  @Test
  void oneWordRepeatedIsCutAtTheLimit() {
    List<Sentence> s = SentenceSplitter.split("CEO ".repeat(1_000));

    assertThat(s).hasSize(4);
    assertThat(s.get(0).size()).isEqualTo(SentenceSplitter.MAX_TOKENS);
  }

  @Test
  void foldsAccentsAndKeepsApostrophes() {
    List<Sentence> s = SentenceSplitter.split("Proszę przekazać ZARZĄDOWI; I don't know.");
    assertThat(s.get(0).tokens()).extracting(Token::text).contains("prosze", "zarzadowi", "don't");
  }

  @Test
  void endsASentenceBeforeTheNextItemOfAListOnANewLine() {
    assertThat(SentenceSplitter.split("- 15/10: mando mail.\n- 22/10: vuelvo a llamar."))
        .hasSize(2);
    assertThat(SentenceSplitter.split("\u2022 Called on Monday.\n\u2022 Emailed on Friday."))
        .hasSize(2);
    // a dash after a full stop on the same line is no list
    assertThat(SentenceSplitter.split("I paid on time. - and then nothing.")).hasSize(1);
  }

  @Test
  void keepsAnAbbreviatedTitleWithTheNameOrOfficeAfterIt() {
    assertThat(SentenceSplitter.split("Estimado Sr. Consejero Delegado: le escribo.")).hasSize(1);
    assertThat(SentenceSplitter.split("Dear Mr. Patel, Mrs. Shaw and Dr. Keller wrote."))
        .hasSize(1);
    assertThat(SentenceSplitter.split("Sehr geehrter Hr. Meier, danke.")).hasSize(1);
    assertThat(SentenceSplitter.split("Excmo. Sr. Presidente: le escribo.")).hasSize(1);
    assertThat(SentenceSplitter.split("M. le Directeur, MM. les administrateurs.")).hasSize(1);
    assertThat(SentenceSplitter.split("Sz. P. Prezes Zarządu, piszę.")).hasSize(1);
    // a word that is no abbreviated title still ends its sentence
    assertThat(SentenceSplitter.split("Ask the manager, sir. Then wait for Dr.No.")).hasSize(2);
  }

  @Test
  void keepsGermanDateInOneSentence() {
    assertThat(SentenceSplitter.split("Bis zum 20. Mai zahlen. Danach nicht.")).hasSize(2);
  }

  @Test
  void joinsAWordBrokenByAHyphenAtTheEndOfALine() {
    Sentence s =
        SentenceSplitter.split(
                "place it before your Man-\naging Director and the Geschäfts- \r\n  führung")
            .get(0);
    assertThat(s.tokens())
        .extracting(Token::text)
        .containsExactly(
            "place",
            "it",
            "before",
            "your",
            "managing",
            "director",
            "and",
            "the",
            "geschaftsfuhrung");
    assertThat(s.tokens().get(4).end() - s.tokens().get(4).start())
        .isEqualTo("Man-\naging".length());
    // a hyphen before a capital on the next line, or a dash between words, stays a break
    assertThat(SentenceSplitter.split("North-\nEast and cost - \nfree").get(0).tokens())
        .extracting(Token::text)
        .containsExactly("north", "east", "and", "cost", "free");
  }

  @Test
  void cyrillicAndGreekLookAlikesInsideALatinWordReadAsLatin() {
    Sentence s =
        SentenceSplitter.split(
                "your m\u0430n\u0430ger, the \u0421EO, \u041c\u0410NAGER, \u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442")
            .get(0);
    assertThat(s.tokens())
        .extracting(Token::text)
        .containsExactly(
            "your",
            "manager",
            ",",
            "the",
            "ceo",
            ",",
            "manager",
            ",",
            "\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442");
  }

  @Test
  void invisibleCharactersLigaturesAndFullWidthLettersDoNotChangeAWord() {
    Sentence s =
        SentenceSplitter.split(
                "die Geschäfts\u00adführung, the C\u200bEO, the Oﬃce of the \uff23\uff25\uff2f,"
                    + " Geschäfts\u00ad\nführung, \ufeffDear")
            .get(0);
    assertThat(s.tokens())
        .extracting(Token::text)
        .containsExactly(
            "die",
            "geschaftsfuhrung",
            ",",
            "the",
            "ceo",
            ",",
            "the",
            "office",
            "of",
            "the",
            "ceo",
            ",",
            "geschaftsfuhrung",
            ",",
            "dear");
    // a soft hyphen before a space is no part of a word; "nº" is not the word "no"
    assertThat(SentenceSplitter.split("text\u00ad more nº 12").get(0).tokens())
        .extracting(Token::text)
        .containsExactly("text", "more", "nº", "12");
  }

  @Test
  void aNoBreakSpaceAfterAFullStopEndsTheSentence() {
    assertThat(SentenceSplitter.split("Je résilie.\u00a0Merci\u202fde répondre.")).hasSize(2);
  }

  @Test
  void aGermanVerbBesideIchAlsoMatchesWithItsFinalE() {
    Sentence s =
        SentenceSplitter.split("Das schreib ich überall, und ich hab nicht angerufen.").get(0);
    assertThat(s.tokens()).extracting(Token::bare).contains("schreibe", "habe", "nicht", "das");
    // a word that is no such verb keeps its form
    assertThat(s.tokens()).extracting(Token::bare).doesNotContain("nichte", "unde");
  }
}
