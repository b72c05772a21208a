package org.escalationrouter.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
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
  void twentyThousandTinyPartsAreSplitOnlyUpToThePartLimit() throws Exception {
    MimePart root = tree(manyParts("b", 20_000, i -> "Content-Type: text/plain\n\n" + i + "\n"));

    assertThat(root.children()).hasSize(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(root.partsSplit()).isEqualTo(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(root.omission()).isEqualTo(MimePart.Omission.TOO_MANY_PARTS);
    assertThat(root.flatten(true)).hasSize(MimeLimits.DEFAULT_MAX_PARTS);
    MimePart last = root.children().get(MimeLimits.DEFAULT_MAX_PARTS - 2);
    assertThat(last.path()).isEqualTo("199");
    assertThat(last.text(100).text()).isEqualTo("198"); // closed properly: no line break added
  }

  @Test
  void aHundredThousandEmptyPartsAreSplitOnlyUpToThePartLimit() throws Exception {
    MimePart root = tree(manyParts("b", 100_000, i -> "\n"));

    assertThat(root.children()).hasSize(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(root.partsSplit()).isEqualTo(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(root.omission()).isEqualTo(MimePart.Omission.TOO_MANY_PARTS);
    assertThat(root.children()).allMatch(p -> p.mediaType().equals("text/plain"));
  }

  @Test
  void bodyLinesThatStartWithTheBoundaryAreNotDelimiters() throws Exception {
    // "--b" begins every line below, but only "--b" alone (and white space) is a delimiter
    String body = "--bb\n--b-\n--b x\n--b1\n --b\n";
    MimePart few =
        tree(manyParts("b", 150, i -> "Content-Type: text/plain\n\n" + body.repeat(10) + i));

    assertThat(few.children()).hasSize(150);
    assertThat(few.partsSplit()).isEqualTo(150);
    assertThat(few.omission()).isEqualTo(MimePart.Omission.NONE);
    assertThat(few.children().get(149).text(1000).text()).endsWith("--b1\r\n --b\r\n149");

    MimePart many = tree(manyParts("b", 20_000, i -> "Content-Type: text/plain\n\n" + body + i));
    assertThat(many.children()).hasSize(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(many.partsSplit()).isEqualTo(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(many.children().get(198).text(1000).text())
        .isEqualTo(body.replace("\n", "\r\n") + 198);
  }

  @Test
  void aDelimiterInAPartsHeaderBlockIsAHeaderLineAsJakartaMailReadsIt() throws Exception {
    MimePart root = tree(manyParts("b", 20_000, i -> "--b\n--b\n\nbody " + i + "\n"));

    assertThat(root.children()).hasSize(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(root.partsSplit()).isEqualTo(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(root.children().get(198).text(100).text()).isEqualTo("body 198");
  }

  @Test
  void nestedMultipartsOfAThousandPartsEachCountTowardOneBound() throws Exception {
    int groups = 5;
    MimePart root =
        tree(
            manyParts(
                "b",
                groups,
                g -> manyParts("inner" + g, 1_000, i -> "Content-Type: text/plain\n\n" + i)));
    List<MimePart> all = root.flatten(true);

    assertThat(all).hasSize(MimeLimits.DEFAULT_MAX_PARTS);
    int split = all.stream().filter(MimePart::isMultipart).mapToInt(MimePart::partsSplit).sum();
    assertThat(split).isLessThanOrEqualTo(MimeLimits.DEFAULT_MAX_PARTS);
    assertThat(root.children()).hasSize(groups);
    assertThat(root.omission()).isEqualTo(MimePart.Omission.NONE);
    assertThat(root.children().get(0).children())
        .hasSize(MimeLimits.DEFAULT_MAX_PARTS - 1 - groups);
    assertThat(root.children().get(1).children()).isEmpty();
    assertThat(root.children())
        .extracting(MimePart::omission)
        .containsOnly(MimePart.Omission.TOO_MANY_PARTS);
  }

  @Test
  void aBombBelowTheDepthLimitIsNotSplitAtAll() throws Exception {
    String bomb = manyParts("bomb", 20_000, i -> "\n");
    StringBuilder mail = new StringBuilder();
    for (int i = 0; i < MimeLimits.MAX_DEPTH; i++) {
      mail.append("Content-Type: multipart/mixed; boundary=\"l").append(i).append("\"\n\n");
      mail.append("--l").append(i).append('\n');
    }
    mail.append(bomb);
    MimePart root = tree(mail.toString());
    List<MimePart> all = root.flatten(true);
    MimePart deepest = all.get(all.size() - 1);

    assertThat(deepest.depth()).isEqualTo(MimeLimits.MAX_DEPTH);
    assertThat(deepest.partsSplit()).isZero();
    assertThat(deepest.omission()).isEqualTo(MimePart.Omission.TOO_DEEP);
  }

  @Test
  void aMultipartWithoutABoundaryParameterIsCutAtTheBoundaryJakartaMailGuesses() throws Exception {
    String mail =
        manyParts("g", 1_000, i -> "Content-Type: text/plain\n\n" + i + "\n")
            .replace("; boundary=\"g\"", "")
            .replace("\n\n--g\n", "\n\n------\n--g\n");

    MimePart root = tree(mail);

    assertThat(root.children()).hasSize(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(root.partsSplit()).isEqualTo(MimeLimits.DEFAULT_MAX_PARTS - 1);
    assertThat(root.omission()).isEqualTo(MimePart.Omission.TOO_MANY_PARTS);
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

  /** A multipart/mixed message of {@code count} parts, each given by {@code part}. */
  private static String manyParts(String boundary, int count, IntFunction<String> part) {
    StringBuilder mail =
        new StringBuilder("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n");
    for (int i = 0; i < count; i++) {
      mail.append("--").append(boundary).append('\n').append(part.apply(i));
      if (mail.charAt(mail.length() - 1) != '\n') {
        mail.append('\n');
      }
    }
    return mail.append("--").append(boundary).append("--\n").toString();
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
