package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.escalationrouter.cases.OriginalFile;
import org.junit.jupiter.api.Test;

/** The files a case page lists and offers, read from a generated message's MIME structure. */
class AttachmentsTest {

  private static final String MAIL =
      """
      From: customer@example.com
      Subject: refund
      Content-Type: multipart/mixed; boundary="outer"

      --outer
      Content-Type: multipart/related; boundary="rel"

      --rel
      Content-Type: text/html

      <p>See the invoice.</p><img src="cid:logo">
      --rel
      Content-Type: image/png
      Content-ID: <logo>

      png
      --rel--
      --outer
      Content-Type: application/pdf
      Content-Disposition: attachment; filename="invoice.pdf"
      Content-Transfer-Encoding: base64

      JVBERi0xLjQK
      --outer
      Content-Type: message/rfc822
      Content-Disposition: attachment; filename="earlier.eml"

      Subject: earlier
      Content-Type: multipart/mixed; boundary="inner"

      --inner
      Content-Type: application/zip
      Content-Disposition: attachment; filename="inside.zip"

      zip
      --inner--
      --outer--
      """;

  @Test
  void listsTheFilesOutsideMultipartsAndAttachedMessagesInOrder() {
    assertThat(Attachments.of(message(MAIL)))
        .extracting(
            Attachments.Attachment::index,
            Attachments.Attachment::name,
            Attachments.Attachment::mediaType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "invoice.pdf", "application/pdf"),
            org.assertj.core.groups.Tuple.tuple(1, "earlier.eml", "message/rfc822"));
  }

  @Test
  void opensAFileDecoded() {
    Attachments.Download pdf = Attachments.open(message(MAIL), 0).orElseThrow();

    assertThat(pdf.name()).isEqualTo("invoice.pdf");
    assertThat(new String(pdf.bytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n");
    assertThat(Attachments.open(message(MAIL), 2)).isEmpty();
  }

  @Test
  void aMessageThatIsNotMimeHasNoFiles() {
    assertThat(Attachments.of(OriginalFile.message(new byte[] {0, 1, 2, '\n', '\n'}))).isEmpty();
  }

  private static OriginalFile message(String mail) {
    return OriginalFile.message(mail.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
  }
}
