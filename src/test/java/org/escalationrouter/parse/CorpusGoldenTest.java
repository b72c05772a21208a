package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expectations read by hand from the corpus files: what must and must not be new text. */
class CorpusGoldenTest {

  static Stream<Arguments> inNewText() {
    return Stream.of(
        Arguments.of(
            "spamscope/mail_test_7.eml",
            "mi puoi dire se il mio cliente deve fare questa dichiarazione"),
        Arguments.of("tika/testMSG_forwarded.msg", "Forwarded Body"),
        Arguments.of("tika/testRFC822-mixed-with-pdf-inline.eml", "I cannot access that page"),
        Arguments.of("tika/testWINMAIL.dat", "Five files from Hell"),
        Arguments.of("poi/bug52400-winmail-simple.dat", "This is the message body."),
        Arguments.of("mimekit/tnef-rich-text.eml", "What a Christmas to remember"),
        Arguments.of("poi/HTMLBodyBinary_CP1251.msg", "HTML автоматически"),
        Arguments.of("nodemailer/nodemailer.eml", "Hello to myself!"),
        Arguments.of("tika/testMSG_att_msg.msg", "Test email with 1 msg attachment, 1 pdf"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("inNewText")
  void keepsSendersOwnWordsAsNewText(String file, String phrase) {
    assertThat(CorpusLetters.letter(file).newText()).contains(phrase);
  }

  static Stream<Arguments> quotedNotNew() {
    return Stream.of(
        // Outlook "Da: / Inviato: / A: / Oggetto:" block below the Italian forward
        Arguments.of("spamscope/mail_test_7.eml", "scusa l’ulteriore disturbo"),
        // Outlook "From: / Sent:" block
        Arguments.of("tika/testMSG_forwarded.msg", "Original Body"),
        // Apple Mail "> On May 22, 2017, at 9:16am, Jane Doe … wrote:" chain
        Arguments.of(
            "tika/testRFC822-mixed-with-pdf-inline.eml",
            "Did you have a chance to take a look at the Board"));
  }

  @ParameterizedTest(name = "{0}: not \"{1}\"")
  @MethodSource("quotedNotNew")
  void keepsQuotedHistoryOutOfNewText(String file, String phrase) {
    Letter letter = CorpusLetters.letter(file);
    assertThat(letter.newText()).doesNotContain(phrase);
    assertThat(
            letter.parts().stream()
                .filter(p -> p.kind() == TextPart.Kind.QUOTED)
                .map(TextPart::text))
        .anyMatch(t -> t.contains(phrase));
  }

  static Stream<Arguments> inAttachment() {
    return Stream.of(
        Arguments.of("tika/testMSG_att_msg.msg", "attachment:Test Attachment/body", "Blah blah"),
        Arguments.of(
            "tika/testMSG_att_msg.msg", "attachment:smbprn.00009008.KdcPjl.pdf", "Nick Booth"),
        Arguments.of("tika/testWINMAIL.dat", "attachment:quick.doc", "The quick brown fox"),
        Arguments.of("tika/testMSG_att_doc.msg", "attachment:test-unicode.doc", "euro : €"),
        Arguments.of(
            "poi/58214_with_attachment.msg", "attachment:Untitled Attachment/body", "Lorem ipsum"),
        Arguments.of("spamscope/mail_test_2.eml", "attachment:Bollettino.pdf", "BOLLETTINO"),
        Arguments.of(
            "mimekit/simple-embedded-message.eml",
            "attachment:part.rfc822/body",
            "This is the embedded message body."));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("inAttachment")
  void readsAttachmentsAndAttachedMessages(String file, String source, String phrase) {
    Letter letter = CorpusLetters.letter(file);
    String text = CorpusLetters.partText(letter, source);
    assertThat(text).as(source).isNotBlank().contains(phrase);
    assertThat(letter.parts().stream().filter(p -> p.source().equals(source)))
        .allMatch(p -> p.kind() == TextPart.Kind.ATTACHMENT || !p.kind().judged());
  }

  @Test
  void decodesEncodedWordHeaders() {
    Letter japanese = CorpusLetters.letter("mimekit/japanese.eml");
    assertThat(japanese.subject()).startsWith("日本語メールテスト");
    Letter nodemailer = CorpusLetters.letter("nodemailer/nodemailer.eml");
    assertThat(nodemailer.subject()).contains("Nodemailer is unicode friendly ✔");
  }

  @Test
  void flagsPasswordProtectedZip() {
    Letter letter = CorpusLetters.letter("tika/testRFC822_encrypted_zip.eml");
    assertThat(letter.flags()).contains(LetterFlag.ENCRYPTED);
  }

  @Test
  void readsScannedPdfAttachmentThroughOcr() {
    Letter letter = CorpusLetters.letter("spamscope/mail_test_7.eml");
    assertThat(letter.attachments())
        .filteredOn(a -> a.name().equals("20170609091403417.pdf"))
        .singleElement()
        .satisfies(a -> assertThat(a.flags()).contains(LetterFlag.OCR_TEXT));
  }

  @Test
  void keepsThreadingHeadersAndAddresses() {
    Letter letter = CorpusLetters.letter("tika/testRFC822-CC-BCC.eml");
    assertThat(letter.envelope().from()).isEqualTo("beth.apollo@enron.com");
    assertThat(letter.envelope().messageId()).isNotBlank();
    assertThat(letter.envelope().date()).isNotNull();
    assertThat(letter.envelope().to()).contains("shona.wilson@enron.com");
    assertThat(letter.envelope().cc()).contains("sally.beck@enron.com");
  }
}
