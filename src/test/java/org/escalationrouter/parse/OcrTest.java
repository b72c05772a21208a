package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.escalationrouter.testsupport.ScannedPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A letter photographed or scanned: read back through Tesseract, or kept and flagged. */
class OcrTest {

  private static final String[] LINES = {
    "Dear Sir or Madam,",
    "Please forward this letter to the principals of the firm.",
    "I have written three times about my account and nobody replied.",
    "Yours faithfully,",
    "Robert Ellison"
  };

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void readsScannedLetterThroughTesseract() throws IOException {
    assertThat(OcrEngine.languages())
        .as("tesseract must be installed (CI installs tesseract-ocr and its language packs)")
        .isPresent();

    Letter letter = LetterParser.withDefaults().parse(scan(), "scan.png");

    String text = normalised(CorpusLetters.judgedText(letter));
    assertThat(text).contains("forward this letter to the principals of the firm");
    assertThat(letter.flags()).contains(LetterFlag.OCR_TEXT).doesNotContain(LetterFlag.NEEDS_OCR);
    assertThat(letter.attachments().get(0).mediaType()).isEqualTo("image/png");
  }

  @Test
  void keepsScanAndFlagsItWhenOcrIsOff() throws IOException {
    LetterParser parser = new LetterParser(ParseLimits.defaults().withOcr(false));

    Letter letter = parser.parse(scan(), "scan.png");

    assertThat(letter.flags()).contains(LetterFlag.NEEDS_OCR, LetterFlag.NO_TEXT);
    assertThat(letter.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.flags()).contains(LetterFlag.NEEDS_OCR);
              assertThat(a.size()).isPositive();
            });
  }

  /** OCR may drop a letter or split a word; compare words, case and punctuation aside. */
  private static String normalised(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
  }

  static byte[] scan() {
    return ScannedPage.png(List.of(LINES));
  }
}
