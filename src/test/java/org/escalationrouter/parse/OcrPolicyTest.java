package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which images Tesseract reads: logos, small pictures and the HTML's inline images of a letter with
 * words of its own are listed with the reason; scans, and every image of a letter without words,
 * are read; the same bytes are read once; a letter's OCR time is bounded.
 */
class OcrPolicyTest {

  private static final String WORDS = "I was charged twice for March and nobody answers my calls.";
  private static final String[] PAGE = {
    "Dear Sir or Madam,", "Please forward this letter to the principals of the firm."
  };
  private static final String[] OTHER_PAGE = {
    "To the management,", "I have written three times about my account and nobody replied."
  };

  @BeforeAll
  static void tesseractIsInstalled() {
    assertThat(OcrEngine.languages())
        .as("tesseract must be installed (CI installs tesseract-ocr and its language packs)")
        .isPresent();
  }

  private final LetterParser parser = LetterParser.withDefaults();

  @Test
  void aLetterWithWordsOfItsOwnDoesNotReadItsLogo() {
    Letter letter =
        parser.parse(
            ImageMail.withBody(WORDS)
                .attach("logo.png", "image/png", ImageMail.logo("ACME"))
                .bytes(),
            "m.eml");

    assertThat(attachment(letter, "logo.png").flags())
        .contains(LetterFlag.OCR_SKIPPED_SMALL_IMAGE)
        .doesNotContain(LetterFlag.OCR_TEXT);
    assertThat(letter.flags()).contains(LetterFlag.OCR_SKIPPED_SMALL_IMAGE);
    assertThat(letter.imagesNotRead())
        .containsExactly("logo.png (small image: logo, icon or signature)");
    assertThat(letter.readableText())
        .endsWith("[Images not read by OCR: logo.png (small image: logo, icon or signature)]");
    assertThat(parser.describe(letter))
        .contains("Images not read by OCR:\n  logo.png (small image: logo, icon or signature)");
  }

  @Test
  void aLetterWithoutWordsOfItsOwnHasEvenItsSmallImagesRead() {
    Letter letter =
        parser.parse(
            ImageMail.withBody("")
                .attach("note.png", "image/png", ImageMail.logo("REFUND"))
                .bytes(),
            "m.eml");

    assertThat(attachment(letter, "note.png").flags()).contains(LetterFlag.OCR_TEXT);
    assertThat(normalised(CorpusLetters.judgedText(letter))).contains("refund");
    assertThat(letter.imagesNotRead()).isEmpty();
  }

  @Test
  void theSizeLimitsAreSettingsInPixelsAndInBytes() {
    byte[] mail =
        ImageMail.withBody(WORDS).attach("logo.png", "image/png", ImageMail.logo("ACME")).bytes();
    OcrSettings tinyPixels = new OcrSettings(10, 10, 1, null, 0, 0, 0, null);
    OcrSettings manyBytes = new OcrSettings(10, 10, 10_000_000, null, 0, 0, 0, null);

    Letter readAll =
        new LetterParser(ParseLimits.defaults().withOcrPolicy(tinyPixels)).parse(mail, "m.eml");
    Letter bytesTooFew =
        new LetterParser(ParseLimits.defaults().withOcrPolicy(manyBytes)).parse(mail, "m.eml");

    assertThat(attachment(readAll, "logo.png").flags()).contains(LetterFlag.OCR_TEXT);
    assertThat(attachment(bytesTooFew, "logo.png").flags())
        .contains(LetterFlag.OCR_SKIPPED_SMALL_IMAGE);
  }

  /**
   * A small file whose header declares a huge image (a decompression bomb) is never decoded, even
   * in a letter without words of its own; the letter says what it did not read.
   */
  @Test
  void anImageOfMorePixelsThanTheLimitIsListedNotDecoded() throws Exception {
    Letter bomb =
        parser.parse(
            ImageMail.withBody("")
                .attach("scan.png", "image/png", pngHeader(40_000, 40_000))
                .bytes(),
            "m.eml");
    assertThat(attachment(bomb, "scan.png").flags()).contains(LetterFlag.IMAGE_TOO_LARGE);
    assertThat(bomb.unreadFlags()).contains(LetterFlag.IMAGE_TOO_LARGE);

    OcrSettings fewPixels = OcrSettings.defaults().withMaxPixels(1_000);
    Letter scan =
        new LetterParser(ParseLimits.defaults().withOcrPolicy(fewPixels))
            .parse(
                ImageMail.withBody("")
                    .attach("letter.png", "image/png", ImageMail.scan(PAGE))
                    .bytes(),
                "m.eml");
    assertThat(attachment(scan, "letter.png").flags())
        .contains(LetterFlag.IMAGE_TOO_LARGE)
        .doesNotContain(LetterFlag.OCR_TEXT);
  }

  /** A PNG of the given size whose one row of pixels is all its data: the header is what counts. */
  private static byte[] pngHeader(int width, int height) throws java.io.IOException {
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13);
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0);
    ihdr.put((byte) 0).put((byte) 0);
    chunk(png, "IHDR", ihdr.array());
    java.util.zip.Deflater deflater = new java.util.zip.Deflater();
    deflater.setInput(new byte[width + 1]);
    deflater.finish();
    byte[] data = new byte[width + 64];
    int n = deflater.deflate(data);
    chunk(png, "IDAT", java.util.Arrays.copyOf(data, n));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data)
      throws java.io.IOException {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    crc.update(name);
    crc.update(data);
    png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    png.write(name);
    png.write(data);
    png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  @Test
  void anImageTheHtmlShowsInlineIsNotReadButAnAttachedScanIs() {
    byte[] mail =
        ImageMail.withBodyAndHtml(WORDS, "<p>" + WORDS + "</p><img src=\"cid:banner@shop\">")
            .inline("banner.png", "banner@shop", ImageMail.scan(OTHER_PAGE))
            .attach("letter.png", "image/png", ImageMail.scan(PAGE))
            .bytes();

    Letter letter = parser.parse(mail, "m.eml");

    assertThat(attachment(letter, "banner.png").flags())
        .contains(LetterFlag.OCR_SKIPPED_INLINE_IMAGE);
    assertThat(attachment(letter, "letter.png").flags()).contains(LetterFlag.OCR_TEXT);
    assertThat(normalised(CorpusLetters.judgedText(letter)))
        .contains("principals of the firm")
        .doesNotContain("written three times");
    assertThat(letter.imagesNotRead()).containsExactly("banner.png (shown inline by the HTML)");
  }

  @Test
  void inlineImagesOfALetterWithoutWordsAreRead() {
    byte[] mail =
        ImageMail.withBodyAndHtml("", "<img src=\"cid:page1@scanner\">")
            .inline("page1.png", "page1@scanner", ImageMail.scan(PAGE))
            .bytes();

    Letter letter = parser.parse(mail, "m.eml");

    assertThat(attachment(letter, "page1.png").flags()).contains(LetterFlag.OCR_TEXT);
    assertThat(normalised(CorpusLetters.judgedText(letter))).contains("principals of the firm");
  }

  @Test
  void theSameImageIsReadOnceAndComesFromTheCacheAfter() {
    LetterParser fresh = LetterParser.withDefaults();
    byte[] scan = ImageMail.scan(PAGE);

    Letter first =
        fresh.parse(ImageMail.withBody("").attach("a.png", "image/png", scan).bytes(), "1.eml");
    Letter copy =
        fresh.parse(ImageMail.withBody("").attach("b.png", "image/png", scan).bytes(), "2.eml");

    assertThat(fresh.ocrCache().misses()).isOne();
    assertThat(fresh.ocrCache().hits()).isOne();
    assertThat(CorpusLetters.judgedText(copy)).isEqualTo(CorpusLetters.judgedText(first));
    assertThat(attachment(copy, "b.png").flags()).contains(LetterFlag.OCR_TEXT);
  }

  @Test
  void jpegAndTiffScansAreReadAsTheyAre() {
    for (String format : new String[] {"jpeg", "tiff"}) {
      Letter letter =
          parser.parse(
              ImageMail.withBody("")
                  .attach("page." + format, "image/" + format, ImageMail.scanAs(format, PAGE))
                  .bytes(),
              "m.eml");

      assertThat(attachment(letter, "page." + format).mediaType()).startsWith("image/" + format);
      assertThat(normalised(CorpusLetters.judgedText(letter)))
          .as(format)
          .contains("principals of the firm");
    }
  }

  @Test
  void tesseractIsGivenTheFileItselfNotACopy() {
    java.nio.file.Path image = java.nio.file.Path.of("/tmp/spool/letter-part-1.tmp");

    assertThat(TesseractImage.command(new java.io.File("/usr/bin/tesseract"), image, "eng+pol"))
        .containsExactly("/usr/bin/tesseract", image.toString(), "stdout", "-l", "eng+pol");
    assertThat(TesseractImage.readsItself(org.apache.tika.mime.MediaType.image("jpeg"))).isTrue();
    assertThat(TesseractImage.readsItself(org.apache.tika.mime.MediaType.image("png"))).isTrue();
    assertThat(TesseractImage.readsItself(org.apache.tika.mime.MediaType.image("tiff"))).isTrue();
  }

  @Test
  void onceTheLettersOcrTimeIsSpentTheRestIsListedNotRead() {
    // every reading of this clock is a minute later: the first OCR "takes" one minute
    TestClock minuteSteps =
        TestClock.stepping(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofMinutes(1));
    ParseLimits limits =
        ParseLimits.defaults()
            .withOcrPolicy(OcrSettings.defaults().withBudget(Duration.ofSeconds(30)));
    byte[] mail =
        ImageMail.withBody("")
            .attach("page1.png", "image/png", ImageMail.scan(PAGE))
            .attach("page2.png", "image/png", ImageMail.scan(OTHER_PAGE))
            .bytes();

    Letter letter = new LetterParser(limits, minuteSteps).parse(mail, "m.eml");

    assertThat(attachment(letter, "page1.png").flags()).contains(LetterFlag.OCR_TEXT);
    assertThat(attachment(letter, "page2.png").flags())
        .contains(LetterFlag.OCR_BUDGET_SPENT)
        .doesNotContain(LetterFlag.OCR_TEXT);
    assertThat(letter.imagesNotRead())
        .containsExactly("page2.png (the letter's OCR time was spent)");
  }

  @Test
  void aDroppedScanIsReadWhateverItsSize() {
    Letter letter = parser.parse(ImageMail.logo("REFUND"), "small-scan.png");

    assertThat(letter.flags()).contains(LetterFlag.OCR_TEXT);
    assertThat(normalised(CorpusLetters.judgedText(letter))).contains("refund");
  }

  private static AttachmentInfo attachment(Letter letter, String name) {
    return letter.attachments().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + letter.attachments()));
  }

  private static String normalised(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
  }
}
