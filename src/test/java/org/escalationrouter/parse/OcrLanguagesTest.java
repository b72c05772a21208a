package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.escalationrouter.testsupport.ScannedPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Which Tesseract models read an image ({@code escalation.parse.ocr-policy.languages}): under
 * {@code auto} the letter's own language (plus English), or English first and then the language
 * what came out is clearly in; under {@code all} every installed one. The models asked are counted
 * by the parser, so these tests assert on what was asked, not on time.
 */
class OcrLanguagesTest {

  private static final String[] ENGLISH_PAGE = {
    "Dear Sir or Madam,", "Please forward this letter to the principals of the firm."
  };
  private static final String[] POLISH_PAGE = {
    "Szanowni Państwo,",
    "piszę w sprawie reklamacji, której nadal nie rozpatrzono.",
    "Pieniądze za zwrócony towar nie wróciły na moje konto.",
    "Proszę o pilną odpowiedź i przekazanie sprawy kierownikowi.",
    "Z poważaniem, Łukasz Żółkiewski"
  };
  private static final String[] GERMAN_PAGE = {
    "Sehr geehrte Damen und Herren,",
    "ich habe mich schon dreimal über die falsche Rechnung beschwert.",
    "Bitte prüfen Sie die Gebühren und schließen Sie mein Konto.",
    "Die Antwort Ihres Kundendienstes war völlig unzureichend.",
    "Mit freundlichen Grüßen, Jürgen Müller"
  };
  private static final String[] FRENCH_PAGE = {
    "Madame, Monsieur,",
    "je vous écris de nouveau au sujet de ma facture erronée.",
    "Le remboursement promis le mois dernier n'a jamais été effectué.",
    "Je souhaite que ma réclamation soit transmise à votre directeur.",
    "Veuillez agréer mes salutations distinguées. Hélène Lefèvre"
  };
  private static final String ENGLISH_WORDS =
      "I was charged twice for March and nobody answers my calls.";
  private static final String POLISH_WORDS =
      "Dzień dobry, proszę o zwrot pieniędzy, bo nikt nie odpowiada na moje telefony.";

  @BeforeAll
  static void tesseractKnowsOurLanguages() {
    System.setProperty("java.awt.headless", "true");
    assertThat(OcrEngine.languages())
        .as("tesseract must be installed with eng, pol, deu, fra (CI installs them)")
        .hasValueSatisfying(l -> assertThat(l).contains("eng", "pol", "deu", "fra"));
  }

  @Test
  void aScannedPolishPageIsReadInEnglishThenAgainInPolishAndKeepsItsDiacritics() {
    assertScanKeepsDiacritics(
        POLISH_PAGE, "pol+eng", "piszę", "pieniądze", "wróciły", "proszę", "pilną");
  }

  @Test
  void aScannedGermanPageIsReadAgainInGermanAndKeepsItsUmlauts() {
    assertScanKeepsDiacritics(
        GERMAN_PAGE, "deu+eng", "über", "prüfen", "gebühren", "schließen", "völlig");
  }

  @Test
  void aScannedFrenchPageIsReadAgainInFrenchAndKeepsItsAccents() {
    assertScanKeepsDiacritics(
        FRENCH_PAGE, "fra+eng", "écris", "erronée", "été", "effectué", "réclamation");
  }

  @Test
  void anEnglishEmailWithAnImageAsksForEnglishOnly() {
    LetterParser parser = LetterParser.withDefaults();

    Letter letter = parser.parse(englishMailWithScan(), "m.eml");

    assertThat(normalised(CorpusLetters.judgedText(letter))).contains("principals of the firm");
    assertThat(parser.ocrModelsAsked()).isEqualTo(Map.of("eng", 1L));
  }

  @Test
  void aPolishEmailHasItsImageReadInPolishAndEnglishAtOnce() {
    LetterParser parser = LetterParser.withDefaults();
    byte[] mail =
        ImageMail.withBody(POLISH_WORDS)
            .attach("pismo.png", "image/png", ScannedPage.png(List.of(POLISH_PAGE)))
            .bytes();

    Letter letter = parser.parse(mail, "m.eml");

    assertThat(parser.ocrModelsAsked()).isEqualTo(Map.of("pol+eng", 1L));
    assertThat(words(CorpusLetters.judgedText(letter))).contains("pieniądze", "wróciły");
  }

  @Test
  void theAllSettingAsksForEveryInstalledLanguageAtOnce() {
    LetterParser parser =
        new LetterParser(
            ParseLimits.defaults()
                .withOcrPolicy(OcrSettings.defaults().withLanguages(OcrSettings.Languages.ALL)));

    parser.parse(englishMailWithScan(), "m.eml");
    parser.parse(ScannedPage.png(List.of(POLISH_PAGE)), "scan.png");

    assertThat(parser.ocrModelsAsked()).isEqualTo(Map.of(OcrEngine.languages().orElseThrow(), 2L));
    assertThat(OcrEngine.languages().orElseThrow()).startsWith("eng+pol+deu+fra");
  }

  @Test
  void theSettingBindsAndIsAutoUnlessSaidOtherwise() {
    ParseLimits all =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of("escalation.parse.ocr-policy.languages", "all")))
            .bind("escalation.parse", ParseLimits.class)
            .get();
    ParseLimits unset =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of("escalation.parse.ocr-policy.budget", "10s")))
            .bind("escalation.parse", ParseLimits.class)
            .get();

    assertThat(all.ocrPolicy().languages()).isEqualTo(OcrSettings.Languages.ALL);
    assertThat(unset.ocrPolicy().languages()).isEqualTo(OcrSettings.Languages.AUTO);
    assertThat(OcrSettings.defaults().languages()).isEqualTo(OcrSettings.Languages.AUTO);
  }

  @Test
  void onlyInstalledLanguagesAreAsked() {
    OcrLanguages onlyEnglishAndGerman =
        new OcrLanguages(OcrSettings.Languages.AUTO, List.of("eng", "deu"));

    assertThat(onlyEnglishAndGerman.first("pl")).isEqualTo("eng");
    assertThat(onlyEnglishAndGerman.first("de")).isEqualTo("deu+eng");
    assertThat(onlyEnglishAndGerman.first(null)).isEqualTo("eng");
    assertThat(onlyEnglishAndGerman.again("eng", read(String.join(" ", POLISH_PAGE)))).isEmpty();
    assertThat(onlyEnglishAndGerman.again("eng", read(String.join(" ", GERMAN_PAGE))))
        .contains("deu+eng");
    assertThat(new OcrLanguages(OcrSettings.Languages.ALL, List.of("eng", "deu")).first("de"))
        .isEqualTo("eng+deu");
    assertThat(new OcrLanguages(OcrSettings.Languages.AUTO, List.of("pol")).first("pl"))
        .isEqualTo("pol");
  }

  @Test
  void aFewWordsOrAnUnclearGuessAreNotReadAgain() {
    OcrLanguages auto =
        new OcrLanguages(OcrSettings.Languages.AUTO, List.of("eng", "pol", "deu", "fra", "spa"));

    // a stamp or a logo: a clear German guess, but too few words to pay for a second read
    assertThat(auto.again("eng", read("Bitte nicht die Ware"))).isEmpty();
    // English, however long
    assertThat(auto.again("eng", read(String.join(" ", ENGLISH_PAGE) + " " + ENGLISH_WORDS)))
        .isEmpty();
    // words of no language of ours
    assertThat(auto.again("eng", read("xqz brtl ghh wmmp zzkt plfh rrtg qqen wvvb kkdj")))
        .isEmpty();
    // a read that failed or timed out is not repeated
    assertThat(
            auto.again(
                "eng",
                new TikaText.Extraction(
                    String.join(" ", FRENCH_PAGE), Set.of(LetterFlag.PARSE_TIMEOUT))))
        .isEmpty();
    // after a read with the letter's own language, once is enough
    assertThat(auto.again("pol+eng", read(String.join(" ", FRENCH_PAGE)))).isEmpty();
    assertThat(auto.again("eng", read(String.join(" ", FRENCH_PAGE)))).contains("fra+eng");
  }

  private static void assertScanKeepsDiacritics(String[] page, String again, String... wanted) {
    LetterParser parser = LetterParser.withDefaults();

    Letter letter = parser.parse(ScannedPage.png(List.of(page)), "scan.png");

    assertThat(parser.ocrModelsAsked()).isEqualTo(Map.of("eng", 1L, again, 1L));
    assertThat(letter.flags()).contains(LetterFlag.OCR_TEXT);
    assertThat(words(CorpusLetters.judgedText(letter))).contains(wanted);
  }

  private static byte[] englishMailWithScan() {
    return ImageMail.withBody(ENGLISH_WORDS)
        .attach("letter.png", "image/png", ScannedPage.png(List.of(ENGLISH_PAGE)))
        .bytes();
  }

  private static TikaText.Extraction read(String text) {
    return new TikaText.Extraction(text, Set.of());
  }

  /** Lower case, letters (diacritics kept) and single spaces. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").trim();
  }

  private static String normalised(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
  }
}
