package org.escalationrouter.parse;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.tika.io.TikaInputStream;

/**
 * The resolution a scanned PDF is rendered at for OCR, chosen so that its largest page stays within
 * a pixel budget. A page's size is whatever its box and {@code UserUnit} say: a 458-byte PDF can
 * declare a page of a square kilometre, and rendered at the usual 200 dpi that page alone fills any
 * heap. A page that does not fit even at {@link #MIN_DPI} is not rendered at all.
 */
final class PdfPages {

  /** The resolution for letters of ordinary size (typed letters read as well as at 300 dpi). */
  static final int OCR_DPI = 200;

  /** Below this, letters are too small for Tesseract to read: the page is left unread instead. */
  static final int MIN_DPI = 72;

  /**
   * The most pixels one rendered page may have: more than an A2 sheet at 200 dpi (15 million; an A4
   * page is 3.9 million), about 25 MB in grey, which a small heap holds beside the letter's other
   * work. An A0 poster is read at about 127 dpi.
   */
  static final long MAX_PAGE_PIXELS = 25_000_000L;

  /** The most pages looked at: a page tree may claim a billion, or loop. */
  private static final int MAX_PAGES_SEEN = 5_000;

  private static final double POINTS_PER_INCH = 72.0;

  private PdfPages() {}

  /**
   * The dpi to render this PDF at for OCR: {@link #OCR_DPI}, lower when its largest page would
   * exceed {@link #MAX_PAGE_PIXELS}, or -1 when it would even at {@link #MIN_DPI}. A PDF that
   * cannot be opened here is left to the parser at {@link #OCR_DPI}: it reports its own errors.
   */
  static int ocrDpi(TikaText.Document document) {
    double inches = 0;
    try (TikaInputStream in = document.open();
        PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(in.getPath()))) {
      int seen = 0;
      for (PDPage page : pdf.getPages()) {
        if (++seen > MAX_PAGES_SEEN) {
          break;
        }
        PDRectangle box = page.getCropBox();
        double unit = Math.max(1.0, page.getUserUnit());
        double w = Math.abs(box.getWidth()) * unit / POINTS_PER_INCH;
        double h = Math.abs(box.getHeight()) * unit / POINTS_PER_INCH;
        inches = Math.max(inches, w * h);
      }
    } catch (IOException | RuntimeException e) {
      return OCR_DPI;
    }
    return dpiFor(inches);
  }

  /** The dpi at which a page of {@code squareInches} fits the budget, as {@link #ocrDpi} says. */
  static int dpiFor(double squareInches) {
    if (!(squareInches > 0) || squareInches * OCR_DPI * OCR_DPI <= MAX_PAGE_PIXELS) {
      return OCR_DPI;
    }
    int dpi = (int) Math.floor(Math.sqrt(MAX_PAGE_PIXELS / squareInches));
    return dpi >= MIN_DPI ? dpi : -1;
  }
}
