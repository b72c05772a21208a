package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scanned PDFs are rendered for OCR at a resolution their largest page can afford. */
class PdfPagesTest {

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void rendersLetterSizedPagesAtTheUsualResolution() {
    assertThat(PdfPages.dpiFor(8.27 * 11.69)).isEqualTo(PdfPages.OCR_DPI); // A4
    assertThat(PdfPages.dpiFor(16.5 * 23.4)).isEqualTo(PdfPages.OCR_DPI); // A2
  }

  @Test
  void lowersTheResolutionOfAPosterAndGivesUpOnAFieldSizedPage() {
    assertThat(PdfPages.dpiFor(33.1 * 46.8)).isBetween(PdfPages.MIN_DPI, PdfPages.OCR_DPI - 1);
    assertThat(PdfPages.dpiFor(1_000_000)).isEqualTo(-1);
  }

  @Test
  void leavesAPageOfASquareKilometreUnreadInsteadOfFillingTheHeap() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(new PDRectangle(14_400, 14_400)); // 200 inches a side
      page.setUserUnit(75_000f);
      doc.addPage(page);
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertThat(PdfPages.ocrDpi(TikaText.of(pdf))).isEqualTo(-1);

    Letter letter = LetterParser.withDefaults().parse(pdf, "scan.pdf");

    assertThat(letter.flags()).contains(LetterFlag.IMAGE_TOO_LARGE);
    assertThat(letter.flags().stream().anyMatch(LetterFlag::leavesWordsUnread)).isTrue();
  }
}
