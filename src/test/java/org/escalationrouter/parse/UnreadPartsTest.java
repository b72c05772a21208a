package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * A letter says which of its parts were not read, so that a person reads the original: encrypted
 * and broken attachments, scans without OCR, parts past a limit. Logos are not such parts.
 */
class UnreadPartsTest {

  private static final String WORDS = "I was charged twice for March and nobody answers my calls.";

  private final LetterParser withoutOcr = new LetterParser(ParseLimits.defaults().withOcr(false));

  @Test
  void everyFlagThatLeavesWordsUnreadIsExplainedToTheReader() {
    assertThat(EnumSet.allOf(LetterFlag.class))
        .filteredOn(LetterFlag::leavesWordsUnread)
        .allSatisfy(f -> assertThat(UnreadParts.explains(f)).as(f.name()).isTrue());
  }

  @Test
  void aPlainLetterLeavesNothingUnread() {
    Letter letter = withoutOcr.parse(ImageMail.withBody(WORDS).bytes(), "m.eml");

    assertThat(letter.unreadFlags()).isEmpty();
    assertThat(letter.partsNotRead()).isEmpty();
    assertThat(letter.readableText()).isEqualTo(WORDS);
  }

  @Test
  void aLogoIsSkippedAsALogoEvenWithoutOcr() {
    Letter letter =
        withoutOcr.parse(
            ImageMail.withBody(WORDS)
                .attach("logo.png", "image/png", ImageMail.logo("ACME"))
                .bytes(),
            "m.eml");

    assertThat(letter.flags())
        .contains(LetterFlag.OCR_SKIPPED_SMALL_IMAGE)
        .doesNotContain(LetterFlag.NEEDS_OCR);
    assertThat(letter.unreadFlags()).isEmpty();
  }

  @Test
  void aScanWithoutOcrIsNamedAsNotRead() {
    Letter letter = withoutOcr.parse(OcrTest.scan(), "scan.png");

    assertThat(letter.unreadFlags()).containsExactly(LetterFlag.NEEDS_OCR);
    assertThat(letter.partsNotRead())
        .containsExactly("scan.png (an image or scan, and OCR is not available)");
    assertThat(letter.readableText())
        .isEqualTo(
            "[Not read, see the original: scan.png (an image or scan, and OCR is not"
                + " available)]");
  }

  @Test
  void anEncryptedAttachmentIsNamedAfterTheWordsThatWereRead() {
    Letter letter =
        withoutOcr.parse(CorpusLetters.bytes("tika/testRFC822_encrypted_zip.eml"), "m.eml");

    assertThat(letter.unreadFlags()).contains(LetterFlag.ENCRYPTED);
    assertThat(letter.partsNotRead()).anySatisfy(p -> assertThat(p).endsWith("(encrypted)"));
    assertThat(letter.readableText())
        .containsPattern("\\[Not read, see the original: .*\\(encrypted\\)");
  }

  @Test
  void partsPastTheNestingLimitAreNamedForTheWholeMessage() {
    StringBuilder mail = new StringBuilder("Content-Type: text/plain\r\n\r\n" + WORDS + "\r\n");
    for (int i = 0; i < 200; i++) {
      mail.insert(
          0,
          "Subject: level " + i + "\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n");
    }
    Letter letter =
        withoutOcr.parse(mail.toString().getBytes(StandardCharsets.US_ASCII), "deep.eml");

    assertThat(letter.unreadFlags()).contains(LetterFlag.TOO_DEEPLY_NESTED);
    assertThat(letter.partsNotRead()).contains("the message (nested too deep)");
  }
}
