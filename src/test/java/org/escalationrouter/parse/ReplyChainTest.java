package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Realistic reply chains in five languages: new words judged, history and signatures not. */
class ReplyChainTest {

  private static final LetterParser PARSER = LetterParser.withDefaults();

  static Letter chain(String name) {
    try (InputStream in = ReplyChainTest.class.getResourceAsStream("/parse/chains/" + name)) {
      return PARSER.parse(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> chains() {
    return Stream.of(
        Arguments.of(
            "en-outlook-toppost.eml",
            "en",
            "take this to\nthe ombudsman",
            "We promise the refund",
            "Flat 2, 14 Orchard Row"),
        Arguments.of(
            "pl-gmail-reply.eml",
            "pl",
            "do zarządu firmy",
            "Zwrot nastąpi w ciągu 14 dni",
            "Tomasz Wójcik"),
        Arguments.of(
            "de-outlook-reply.eml",
            "de",
            "Anwalt eingeschaltet",
            "die Gutschrift wurde bereits veranlasst",
            "Von meinem iPhone gesendet"),
        Arguments.of(
            "fr-thunderbird-reply.eml",
            "fr",
            "Et je ne suis pas patiente.",
            "Merci de votre patience",
            "Claire Dubois"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  void separatesNewTextQuotesAndSignature(
      String file, String language, String mustBeNew, String quoted, String signature) {
    Letter letter = chain(file);

    assertThat(letter.newText()).contains(mustBeNew).doesNotContain(quoted, signature);
    assertThat(kindText(letter, TextPart.Kind.QUOTED)).contains(quoted);
    assertThat(kindText(letter, TextPart.Kind.SIGNATURE)).contains(signature);
    assertThat(letter.parts())
        .filteredOn(p -> p.kind() == TextPart.Kind.NEW_TEXT && p.text().length() > 40)
        .isNotEmpty()
        .allMatch(p -> language.equals(p.language()));
  }

  @Test
  void keepsInlineRepliesBetweenQuotesAsNewText() {
    Letter letter = chain("fr-thunderbird-reply.eml");
    assertThat(letter.newText())
        .contains("Cela fait maintenant un mois", "publier", "Et je ne suis pas patiente.")
        .doesNotContain("a écrit", "Nous avons bien reçu");
  }

  @Test
  void forwardWithNothingAddedIsTheCustomersOwnComplaint() {
    Letter letter = chain("es-forward.eml");

    assertThat(letter.newText()).isBlank();
    assertThat(letter.parts())
        .filteredOn(p -> p.source().equals("body/forwarded"))
        .filteredOn(p -> p.kind() == TextPart.Kind.ATTACHMENT)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.text()).contains("Quiero hablar con el director de la empresa");
              assertThat(p.text()).doesNotContain("revisaremos su factura", "Atentamente");
              assertThat(p.language()).isEqualTo("es");
            });
  }

  @Test
  void forwardUnderTheSendersOwnWordsIsQuoted() {
    Letter letter = chain("es-reply-with-comment.eml");

    assertThat(letter.newText())
        .contains("nadie me ha contestado")
        .doesNotContain("cobrado dos veces", "Enviado desde mi iPhone");
    assertThat(kindText(letter, TextPart.Kind.QUOTED)).contains("cobrado dos veces");
  }

  @Test
  void readsThreadingHeadersOfAReply() {
    Letter letter = chain("en-outlook-toppost.eml");
    assertThat(letter.envelope().from()).isEqualTo("m.hollis@example.co.uk");
    assertThat(letter.envelope().inReplyTo()).isEqualTo("<chain-en-1@example.com>");
    assertThat(letter.envelope().references())
        .containsExactly("<chain-en-0@example.co.uk>", "<chain-en-1@example.com>");
    assertThat(chain("pl-gmail-reply.eml").subject()).isEqualTo("Re: Reklamacja zamówienia 7781");
  }

  private static String kindText(Letter letter, TextPart.Kind kind) {
    return String.join(
        "\n", letter.parts().stream().filter(p -> p.kind() == kind).map(TextPart::text).toList());
  }
}
