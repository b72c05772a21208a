package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatternParserTest {

  private final PatternParser parser =
      new PatternParser(Map.of("title", List.of("ceo", "board of directors")));

  private PhraseMatch firstMatch(String pattern, String text) {
    PhrasePattern p = parser.parse("principal-request", pattern, 1.0, "test:1");
    Sentence s = SentenceSplitter.split(text).get(0);
    for (int i = 0; i < s.size(); i++) {
      PhraseMatch m = p.matchAt(s, i);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  @Test
  void matchesSlotsWithGapsStemsAndSets() {
    assertThat(firstMatch("(forward|send) ~4 to the? @title", "Please forward it all to the CEO"))
        .isNotNull();
    assertThat(firstMatch("forward* ~4 @title", "forwarding this to your board of directors"))
        .isNotNull();
    assertThat(firstMatch("forward ~1 @title", "forward this letter quickly to the CEO")).isNull();
  }

  @Test
  void rejectsBrokenPatterns() {
    assertThatThrownBy(() -> parser.parse("x", "(a|b", 1, "f:1")).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> parser.parse("x", "a ~99 b", 1, "f:1")).hasMessageContaining("gap");
    assertThatThrownBy(() -> parser.parse("x", "@nope", 1, "f:1")).hasMessageContaining("unknown");
    assertThatThrownBy(() -> parser.parse("x", "e-mail/fax", 1, "f:1"))
        .hasMessageContaining("not one word");
  }

  @Test
  void matchesSetMembersWrittenAsHandlesOnly() {
    assertThat(firstMatch("@@title", "cc @CEO please")).isNotNull();
    assertThat(firstMatch("@@title", "I wrote to the CEO")).isNull();
  }

  @Test
  void matchesAnyHandleButNoPlainWord() {
    assertThat(firstMatch("(bye|goodbye) <handle>", "ok bye @united, hello @Delta")).isNotNull();
    assertThat(firstMatch("(bye|goodbye) <handle>", "bye united")).isNull();
    assertThat(firstMatch("(bye|goodbye) <handle>", "goodbye and thanks")).isNull();
  }

  @Test
  void matchesWordEndingsAsTheLastPartOfACompound() {
    assertThat(firstMatch("heute (wieder)? *storung", "Heute wieder Signalstörung")).isNotNull();
    assertThat(firstMatch("heute *storung", "heute Störung")).isNotNull();
    assertThat(firstMatch("heute *storung", "heute Störungsmeldung")).isNull();
    assertThatThrownBy(() -> parser.parse("x", "*ung", 1, "f:1")).hasMessageContaining("too short");
    assertThatThrownBy(() -> parser.parse("x", "*stor*", 1, "f:1"))
        .hasMessageContaining("both ends");
  }

  @Test
  void findsPatternsThatStartWithAnEnding() {
    LanguagePhrases de =
        new LanguagePhrases(
            new PhraseFile("t", "de", Map.of(), Map.of(), List.of()),
            List.of(parser.parse("complaint", "*storung (schon)? wieder", 1, "t:1")));
    List<PhraseMatch> out = new java.util.ArrayList<>();
    de.scan(SentenceSplitter.split("Die Weichenstörung schon wieder!").get(0), out);
    assertThat(out).hasSize(1);
  }

  @Test
  void seesAWordThroughElidedFrenchWordsAndSpanishObjectPronounsButNotThroughNegation() {
    assertThat(firstMatch("envisage ~3 quitter", "J'envisage sérieusement de quitter la banque"))
        .isNotNull();
    assertThat(firstMatch("annul* ~2 contrat", "Je demande l'annulation du contrat")).isNotNull();
    assertThat(firstMatch("avocat", "J'ai pris contact avec l'avocat")).isNotNull();
    assertThat(firstMatch("envisage ~3 quitter", "Je n'envisage pas de quitter")).isNull();
    assertThat(firstMatch("contar ~3 (todo el mundo)", "Voy a contárselo a todo el mundo"))
        .isNotNull();
    assertThat(firstMatch("reembolsar ~2 ya", "Quiero que vayan a reembolsarme ya")).isNotNull();
    assertThat(firstMatch("par ~2 courrier", "Je parle du courrier")).isNull();
    LanguagePhrases fr =
        new LanguagePhrases(
            new PhraseFile("t", "fr", Map.of(), Map.of(), List.of()),
            List.of(parser.parse("cancellation-threat", "envisage ~3 quitter", 1, "t:1")));
    List<PhraseMatch> out = new java.util.ArrayList<>();
    fr.scan(SentenceSplitter.split("J'envisage de quitter votre mutuelle.").get(0), out);
    assertThat(out).hasSize(1);
  }
}
