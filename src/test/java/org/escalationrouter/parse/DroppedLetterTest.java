package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Files dropped in a folder: the letter's own text is the customer's, with sender found. */
class DroppedLetterTest {

  private static final LetterParser PARSER = LetterParser.withDefaults();

  private static final String LETTER =
      """
      Anna Kowalska
      ul. Lipowa 12
      00-950 Warszawa
      anna.kowalska@example.pl

      Re: Account 55-1029, unauthorised charges

      Dear Sirs,

      Please forward this letter to the principals of the firm. For three months
      your company has charged me for a service I cancelled in writing.

      Yours sincerely,
      Anna Kowalska
      """;

  @Test
  void typedLetterIsTheCustomersTextWithSenderAndSignature() {
    Letter letter = PARSER.parse(LETTER.getBytes(StandardCharsets.UTF_8), "scan-0042.txt");

    assertThat(letter.envelope().from()).isEqualTo("Anna Kowalska <anna.kowalska@example.pl>");
    assertThat(letter.subject()).isEqualTo("Account 55-1029, unauthorised charges");
    assertThat(letter.parts())
        .filteredOn(p -> p.kind() == TextPart.Kind.ATTACHMENT)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("letter:scan-0042.txt");
              assertThat(p.text()).contains("principals of the firm");
              assertThat(p.text()).doesNotContain("Yours sincerely");
              assertThat(p.language()).isEqualTo("en");
            });
    assertThat(letter.parts())
        .filteredOn(p -> p.kind() == TextPart.Kind.SIGNATURE)
        .singleElement()
        .satisfies(p -> assertThat(p.text()).contains("Yours sincerely,\nAnna Kowalska"));
    assertThat(letter.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.mediaType()).startsWith("text/plain");
              assertThat(a.textLength()).isPositive();
            });
  }

  @Test
  void letterWithoutAddressIsFromTheNameUnderItsSignOffAndAboutItsFirstLine() {
    String letter =
        """
        12 March 2026

        Dear Sir or Madam,

        You charged my late mother's account twice after I sent the death certificate.
        Please put this letter before your chief executive.

        Yours faithfully,
        Robert Ellison
        """;

    Letter parsed = PARSER.parse(letter.getBytes(StandardCharsets.UTF_8), "scan-7.txt");

    assertThat(parsed.envelope().from()).isEqualTo("Robert Ellison");
    assertThat(parsed.subject())
        .isEqualTo(
            "You charged my late mother's account twice after I sent the death certificate.");
  }

  @Test
  void fromLineAndLetterheadNameTheSender() {
    String withFrom = "From: Müller GmbH, Einkauf\nBetreff: Rechnung 4471\n\nSehr geehrte Damen";
    String letterhead = "Harbour Bakery Ltd\n\nTo whom it may concern,\nYour van hit our wall.";

    assertThat(PARSER.parse(withFrom.getBytes(StandardCharsets.UTF_8), "a.txt").envelope().from())
        .isEqualTo("Müller GmbH, Einkauf");
    Letter parsed = PARSER.parse(letterhead.getBytes(StandardCharsets.UTF_8), "b.txt");
    assertThat(parsed.envelope().from()).isEqualTo("Harbour Bakery Ltd");
    assertThat(parsed.subject()).isEqualTo("Your van hit our wall.");
  }

  @Test
  void readableTextOfADroppedLetterIsTheWholeLetterSignOffIncluded() {
    Letter letter = PARSER.parse(LETTER.getBytes(StandardCharsets.UTF_8), "scan-0042.txt");

    assertThat(letter.newText()).isEmpty();
    assertThat(letter.readableText())
        .startsWith("Anna Kowalska")
        .contains("principals of the firm")
        .endsWith("Yours sincerely,\nAnna Kowalska");
  }

  @Test
  void typeComesFromContentNotFromTheName() {
    String html = "<html><body><p>I want to speak to your <b>director</b>.</p></body></html>";
    Letter letter = PARSER.parse(html.getBytes(StandardCharsets.UTF_8), "letter.pdf");

    assertThat(letter.attachments().get(0).mediaType()).startsWith("text/html");
    assertThat(CorpusLetters.judgedText(letter)).isEqualTo("I want to speak to your director.");
  }

  @Test
  void messageSavedAsTxtIsStillReadAsMessage() {
    String eml =
        "From: a@example.com\r\nSubject: complaint\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\n"
            + "\r\nMy parcel is lost.\r\n";
    Letter letter = PARSER.parse(eml.getBytes(StandardCharsets.US_ASCII), "notes.txt");

    assertThat(letter.envelope().from()).isEqualTo("a@example.com");
    assertThat(letter.newText()).isEqualTo("My parcel is lost.");
  }

  @Test
  void firstLineShownAsSubjectIsNotJudgedTwice() {
    String text = "I wrote to your director in March and never heard back.\n";
    Letter letter = PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "tweet.txt");

    assertThat(letter.subject()).isEqualTo(text.strip());
    assertThat(letter.flags()).contains(LetterFlag.SUBJECT_FROM_TEXT);
    assertThat(letter.judgedSubject()).isEmpty();
    assertThat(CorpusLetters.judgedText(letter)).contains("never heard back");

    Letter withReLine = PARSER.parse(LETTER.getBytes(StandardCharsets.UTF_8), "scan-0042.txt");
    assertThat(withReLine.flags()).doesNotContain(LetterFlag.SUBJECT_FROM_TEXT);
    assertThat(withReLine.judgedSubject()).isEqualTo("Account 55-1029, unauthorised charges");
  }

  @Test
  void subjectIsTheLineAfterASalutationOfAnyEnding() {
    for (String salutation :
        List.of("Szanowni Państwo,", "Sehr geehrter Herr Weber,", "Estimados señores:")) {
      String text = salutation + "\nDie Rechnung 4471 ist falsch.\nIch bitte um Korrektur.\n";
      Letter letter = PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "scan.txt");
      assertThat(letter.subject()).as(salutation).isEqualTo("Die Rechnung 4471 ist falsch.");
    }
  }

  @Test
  void printedMailLeavesItsQuotedHistoryUnjudged() {
    String printed =
        """
        Thanks, that is all sorted now.

        > On 12 May, J. Reid wrote:
        > I want this escalated to your CEO today or I will cancel.
        """;
    Letter letter = PARSER.parse(printed.getBytes(StandardCharsets.UTF_8), "printout.txt");

    assertThat(CorpusLetters.judgedText(letter)).contains("all sorted").doesNotContain("CEO");
    assertThat(letter.parts())
        .filteredOn(p -> p.kind() == TextPart.Kind.QUOTED)
        .singleElement()
        .satisfies(p -> assertThat(p.text()).contains("escalated to your CEO"));
    assertThat(letter.readableText()).contains("all sorted").contains("escalated to your CEO");
  }

  @Test
  void memoWhoseHeadingLooksLikeMailHeadersIsReadWhole() {
    String memo =
        """
        From: Anna Kowalska
        Sent: 3 May 2026
        To: The Board of Directors
        Subject: Fees on account 55-1029

        Please put this memo before the board: the fees were never agreed.
        """;
    Letter letter = PARSER.parse(memo.getBytes(StandardCharsets.UTF_8), "memo.txt");

    assertThat(CorpusLetters.judgedText(letter)).contains("Please put this memo before the board");
  }

  @Test
  void throwsOnlyWhenNothingCanBeRead() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertThatThrownBy(() -> PARSER.parse(noise, "blob.bin"))
        .isInstanceOf(LetterParseException.class);
    assertThatThrownBy(() -> PARSER.parse(new byte[0], "empty.eml"))
        .isInstanceOf(LetterParseException.class);
  }

  @Test
  void flagsADocumentThatIsTheLetterYetGaveNoWordAsUnread() {
    String rtf =
        "{\\rtf1 "
            + "{".repeat(200_000)
            + "Please forward this to the board."
            + "}".repeat(200_000)
            + "}";

    Letter letter =
        LetterParser.withDefaults()
            .parse(rtf.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "deep.rtf");

    // Tika reads nothing from groups nested this deep; the letter must not pass as empty and low
    assertThat(letter.newText()).isBlank();
    assertThat(letter.unreadFlags()).contains(LetterFlag.PARSE_ERROR);
  }

  @Test
  void copyLinesUnderADroppedLettersSignatureStayTheWritersText() {
    Letter letter =
        PARSER.parse(
            (LETTER + "\nCopie : Direction générale\n").getBytes(StandardCharsets.UTF_8),
            "scan-0043.txt");

    assertThat(letter.parts())
        .filteredOn(p -> p.kind() == TextPart.Kind.SIGNATURE)
        .singleElement()
        .satisfies(p -> assertThat(p.text()).contains("Anna Kowalska").doesNotContain("Copie"));
    assertThat(letter.parts())
        .filteredOn(p -> p.kind() == TextPart.Kind.ATTACHMENT)
        .anySatisfy(p -> assertThat(p.text()).isEqualTo("Copie : Direction générale"));
  }
}
