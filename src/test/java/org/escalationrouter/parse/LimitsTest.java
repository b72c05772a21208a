package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each limit ends in a flag on a letter that is still there. */
class LimitsTest {

  private static final LetterParser DEFAULTS = LetterParser.withDefaults();

  @Test
  void stopsFollowingAttachedMessagesBelowMaxDepth() {
    Letter letter = DEFAULTS.parse(HostileFiles.nestedMessage(12), "deep.eml");

    assertThat(letter.flags()).contains(LetterFlag.TOO_DEEPLY_NESTED);
    assertThat(letter.newText()).isEqualTo("Complaint text at level 0.");
    assertThat(CorpusLetters.judgedText(letter))
        .contains("Complaint text at level 5.")
        .doesNotContain("level 6.");
    assertThat(letter.attachments())
        .anyMatch(a -> a.path().equals("part.rfc822/".repeat(5) + "part.rfc822"));
  }

  @Test
  void stopsDescendingIntoMultipartsBelowTheWalkersDepth() {
    StringBuilder mail = new StringBuilder("Subject: nesting\r\n");
    int levels = 2_000;
    for (int i = 0; i < levels; i++) {
      mail.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n");
      mail.append("--b").append(i).append("\r\n");
      if (i == 0) {
        mail.append("Content-Type: text/plain\r\n\r\nMy refund is late.\r\n--b0\r\n");
      }
    }
    mail.append("Content-Type: text/plain\r\n\r\nthe bottom\r\n");

    Letter letter = DEFAULTS.parse(mail.toString().getBytes(StandardCharsets.US_ASCII), "deep.eml");

    assertThat(letter.flags()).contains(LetterFlag.TOO_DEEPLY_NESTED);
    assertThat(letter.newText()).isEqualTo("My refund is late.");
    assertThat(CorpusLetters.judgedText(letter)).doesNotContain("the bottom");
  }

  @Test
  void stopsWalkingPartsAtMaxParts() {
    LetterParser parser = new LetterParser(ParseLimits.defaults().withMaxParts(10));

    Letter letter = parser.parse(HostileFiles.manyParts(40), "many.eml");

    assertThat(letter.flags()).contains(LetterFlag.TOO_MANY_PARTS);
    assertThat(letter.newText()).isEqualTo("See the attached notes.");
    assertThat(letter.attachments()).hasSizeLessThan(10);
  }

  @Test
  void keepsALetterOfTwentyThousandTinyPartsWithThePartsUpToMaxParts() {
    Letter letter = DEFAULTS.parse(HostileFiles.manyParts(20_000), "bomb.eml");

    assertThat(letter.flags()).contains(LetterFlag.TOO_MANY_PARTS);
    assertThat(letter.newText()).isEqualTo("See the attached notes.");
    assertThat(letter.attachments())
        .isNotEmpty()
        .hasSizeLessThan(ParseLimits.defaults().maxParts());
  }

  @Test
  void cutsTextAtMaxTotalChars() {
    LetterParser parser = new LetterParser(ParseLimits.defaults().withMaxTotalChars(500));
    String body = "My heating has been broken since October. ".repeat(100);

    Letter letter =
        parser.parse(
            HostileFiles.plainMessage("cold", body).getBytes(StandardCharsets.US_ASCII), "c.eml");

    assertThat(letter.flags()).contains(LetterFlag.TEXT_TRUNCATED);
    assertThat(letter.newText()).hasSizeLessThanOrEqualTo(500).startsWith("My heating");
    // what lay past the limit was never judged: a person reads the original
    assertThat(letter.unreadFlags()).contains(LetterFlag.TEXT_TRUNCATED);
    assertThat(letter.partsNotRead()).contains("the message (text past the character limit)");
  }

  @Test
  void recordsButDoesNotReadOversizedAttachments() {
    LetterParser parser = new LetterParser(ParseLimits.defaults().withMaxAttachmentBytes(1000));
    byte[] big = "Invoice line\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);

    Letter letter =
        parser.parse(HostileFiles.withAttachment("inv.txt", "text/plain", big), "a.eml");

    assertThat(letter.flags()).contains(LetterFlag.ATTACHMENT_TOO_LARGE);
    assertThat(letter.newText()).isEqualTo("Please read the attachment.");
    assertThat(letter.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("inv.txt");
              assertThat(a.flags()).containsExactly(LetterFlag.ATTACHMENT_TOO_LARGE);
            });
  }

  @Test
  void givesUpOnSlowAttachmentsAfterParseTimeout() throws IOException {
    ParseLimits instant = new ParseLimits(0, 0, 0, 0, Duration.ofNanos(1), 0, false, 0, null, null);
    LetterParser parser = new LetterParser(instant);
    byte[] pdf = HostileFiles.bigPdf(1);

    Letter letter = parser.parse(HostileFiles.withAttachment("r.pdf", "application/pdf", pdf), "t");

    assertThat(letter.flags()).contains(LetterFlag.PARSE_TIMEOUT);
    assertThat(letter.newText()).isEqualTo("Please read the attachment.");
  }

  @Test
  void aLineOfMillionsOfLettersIsReadInOnePass() {
    // found by mutating the corpus: with no run boundary in the address patterns, a letter whose
    // line had two million letters and no "@" took hours (every start position rescanned the run)
    String run = "A".repeat(400_000);
    byte[] letter = ("Dear Sirs,\nPlease pass this to your director.\n" + run + "\n").getBytes();
    byte[] mail =
        ("From: " + run + "\r\nTo: " + run + "@\r\nSubject: x\r\n\r\nMy parcel is lost.\r\n")
            .getBytes();

    // a guard against a hang, not a measurement: one pass takes well under a second
    Letter dropped =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> DEFAULTS.parse(letter, "long-line.txt"));
    Letter message =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> DEFAULTS.parse(mail, "long.eml"));

    assertThat(dropped.envelope().from()).isNull();
    assertThat(CorpusLetters.judgedText(dropped).startsWith("Dear Sirs,\nPlease pass this"))
        .isTrue();
    assertThat(CorpusLetters.judgedText(message))
        .as(message.flags().toString())
        .contains("My parcel is lost.");
  }

  @Test
  void defusesZipBombs() throws IOException {
    byte[] bomb = HostileFiles.zipBomb(60);

    Letter letter =
        DEFAULTS.parse(HostileFiles.withAttachment("c.zip", "application/zip", bomb), "z");

    assertThat(letter.flags())
        .containsAnyOf(LetterFlag.SUSPECTED_ZIP_BOMB, LetterFlag.TEXT_TRUNCATED);
    assertThat(letter.parts().stream().mapToInt(p -> p.text().length()).sum())
        .isLessThanOrEqualTo(ParseLimits.DEFAULT_MAX_TOTAL_CHARS);
  }

  @Test
  void readsAQuotedPrintableBodyOfTwentyThousandSoftBreaksInARow() {
    String mail =
        "From: someone@example.com\r\nSubject: refund\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            + "Please forward this letter to the principals of the firm."
            + "=\r\n".repeat(20_000)
            + " The fee of =E2=82=AC149 is wrong.\r\n";

    Letter letter = DEFAULTS.parse(mail.getBytes(StandardCharsets.US_ASCII), "qp.eml");

    assertThat(letter.newText())
        .isEqualTo(
            "Please forward this letter to the principals of the firm. The fee of €149 is wrong.");
  }
}
