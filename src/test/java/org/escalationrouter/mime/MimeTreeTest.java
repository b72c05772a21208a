package org.escalationrouter.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one walk over a message's parts, on hostile and unusual mail generated here. */
class MimeTreeTest {

  @Test
  void descendsIntoAnAttachedMessageOnlyWhenAsked() throws Exception {
    MimePart root =
        tree(
            """
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: text/plain; charset=utf-8

            Please see the forwarded letter.
            --outer
            Content-Type: message/rfc822

            Subject: the original
            Content-Type: multipart/alternative; boundary="inner"

            --inner
            Content-Type: text/plain

            I want my money back.
            --inner
            Content-Type: text/html

            <p>I want my money back.</p>
            --inner--
            --outer--
            """);

    assertThat(root.flatten(false))
        .extracting(MimePart::path, MimePart::mediaType)
        .containsExactly(
            tuple("", "multipart/mixed"), tuple("1", "text/plain"), tuple("2", "message/rfc822"));
    List<MimePart> all = root.flatten(true);
    assertThat(all)
        .extracting(MimePart::path)
        .containsExactly("", "1", "2", "2.1", "2.1.1", "2.1.2");
    assertThat(all).extracting(MimePart::depth).containsExactly(0, 1, 1, 2, 3, 3);
    assertThat(all)
        .extracting(MimePart::isWithinAttachedMessage)
        .containsExactly(false, false, false, true, true, true);
    assertThat(all.get(4).text(1000).text()).isEqualTo("I want my money back.");
  }

  @Test
  void readsAMultipartReportPartByPart() throws Exception {
    MimePart root =
        tree(
            """
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"

            --b
            Content-Type: text/plain

            Your message could not be delivered.
            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.com

            Final-Recipient: rfc822; ceo@example.com
            Action: failed
            Status: 5.1.1
            --b
            Content-Type: text/rfc822-headers

            Message-ID: <case-17@router.example.com>
            --b--
            """);

    assertThat(root.mediaType()).isEqualTo("multipart/report");
    assertThat(root.parameter("report-type")).isEqualTo("delivery-status");
    assertThat(root.children())
        .extracting(MimePart::mediaType)
        .containsExactly("text/plain", "message/delivery-status", "text/rfc822-headers");
    assertThat(new String(root.children().get(1).bytes(1000), StandardCharsets.US_ASCII))
        .contains("Status: 5.1.1");
  }

  @Test
  void aBrokenContentTypeKeepsTheTypeItNamesOrFallsBackToPlainText() throws Exception {
    MimePart root =
        tree(
            """
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/html; charset="iso-8859-2

            <p>broken quote</p>
            --b
            Content-Type: garbage

            no type at all
            --b
            Content-Type: ;;;

            nothing before the semicolon
            --b--
            """);

    List<MimePart> parts = root.children();
    assertThat(parts)
        .extracting(MimePart::mediaType)
        .containsExactly("text/html", "text/plain", "text/plain");
    assertThat(parts.get(0).charset()).isEqualTo("iso-8859-2");
  }

  @Test
  void aMultipartWhoseBoundaryNeverAppearsIsBrokenNotFatal() throws Exception {
    MimePart root =
        tree(
            """
            Content-Type: multipart/mixed; boundary="never-seen"

            The customer's words are here all the same.
            """);

    assertThat(root.isBroken()).isTrue();
    assertThat(root.children()).isEmpty();
    assertThat(new String(root.rawBytes(1000), StandardCharsets.UTF_8))
        .contains("customer's words");
  }

  @Test
  void decodesFileNamesOnceForEveryone() throws Exception {
    MimePart root =
        tree(
            """
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: application/pdf
            Content-Disposition: attachment; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf

            %PDF-1.4
            --b
            Content-Type: application/pdf
            Content-Disposition: attachment;
             filename*0*=UTF-8''Za%C5%BC%C3%B3%C5%82%C4%87%20;
             filename*1*=g%C4%99%C5%9Bl%C4%85.pdf

            %PDF-1.4
            --b
            Content-Type: application/pdf; name="=?UTF-8?B?UmVrbGFtYWNqYS5wZGY=?="
            Content-Disposition: attachment; filename="=?ISO-8859-1?Q?R=E9clamation.pdf?="

            %PDF-1.4
            --b
            Content-Type: image/png
            Content-Disposition: inline
            Content-ID: <logo@shop.example.com>

            png
            --b--
            """
                + "");

    List<MimePart> parts = root.children();
    assertThat(parts)
        .extracting(MimePart::fileName)
        .containsExactly("Rechnung März.pdf", "Zażółć gęślą.pdf", "Réclamation.pdf", null);
    assertThat(parts).extracting(MimePart::isAttachment).containsExactly(true, true, true, false);
    assertThat(parts.get(3).disposition()).isEqualTo("inline");
    assertThat(parts.get(3).contentId()).isEqualTo("logo@shop.example.com");
  }

  @Test
  void repairsAFileNameSentAsRawUtf8Bytes() throws Exception {
    String mail =
        """
        Content-Type: multipart/mixed; boundary="b"

        --b
        Content-Type: application/pdf
        Content-Disposition: attachment; filename="Skarga – zwrot.pdf"

        %PDF-1.4
        --b--
        """;
    MimePart root = MimeTree.of(MimeMessages.read(crlf(mail).getBytes(StandardCharsets.UTF_8)));

    assertThat(root.children().get(0).fileName()).isEqualTo("Skarga – zwrot.pdf");
  }

  @Test
  void aDeepNestingBombStopsAtTheDepthLimit() throws Exception {
    int levels = 5_000;
    StringBuilder mail = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      mail.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\n\n");
      mail.append("--b").append(i).append('\n');
    }
    mail.append("Content-Type: text/plain\n\nthe bottom\n");
    for (int i = levels - 1; i >= 0; i--) {
      mail.append("--b").append(i).append("--\n");
    }

    MimePart root = tree(mail.toString());
    List<MimePart> all = root.flatten(true);

    assertThat(all).hasSize(MimeLimits.MAX_DEPTH + 1);
    assertThat(all).extracting(MimePart::depth).allMatch(d -> d <= MimeLimits.MAX_DEPTH);
    MimePart deepest = all.get(all.size() - 1);
    assertThat(deepest.omission()).isEqualTo(MimePart.Omission.TOO_DEEP);
    assertThat(deepest.children()).isEmpty();
  }

  @Test
  void aHugePartCountStopsAtThePartLimit() throws Exception {
    int count = 1_000;
    StringBuilder mail = new StringBuilder("Content-Type: multipart/mixed; boundary=\"b\"\n\n");
    for (int i = 0; i < count; i++) {
      mail.append("--b\nContent-Type: text/plain\n\n").append(i).append('\n');
    }
    mail.append("--b--\n");

    MimePart root = tree(mail.toString());

    assertThat(root.flatten(true)).hasSize(MimeLimits.DEFAULT_MAX_PARTS);
    assertThat(root.omission()).isEqualTo(MimePart.Omission.TOO_MANY_PARTS);
    MimePart small =
        MimeTree.of(
            MimeMessages.read(crlf(mail.toString()).getBytes()), MimeLimits.withMaxParts(5));
    assertThat(small.children()).extracting(MimePart::path).containsExactly("1", "2", "3", "4");
  }

  @Test
  void readsBytesAndTextUpToTheBoundGiven() throws Exception {
    MimePart root =
        tree(
            """
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: base64

            WmHFvMOzxYLEhyBnxJnFm2zEhSBqYcW6xYQ=
            """);

    assertThat(root.bytes(4)).hasSize(4);
    TextDecoding.Decoded text = root.text(1000);
    assertThat(text.text()).isEqualTo("Zażółć gęślą jaźń"); // UTF-8 bytes, whatever the header says
    assertThat(text.repaired()).isTrue();
    assertThat(root.decodedSize())
        .isEqualTo("Zażółć gęślą jaźń".getBytes(StandardCharsets.UTF_8).length);
  }

  private static MimePart tree(String mail) throws Exception {
    return MimeTree.of(MimeMessages.read(crlf(mail).getBytes(StandardCharsets.ISO_8859_1)));
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
