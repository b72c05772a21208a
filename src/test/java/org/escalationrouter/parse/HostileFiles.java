package org.escalationrouter.parse;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Inputs built to hit the parser's limits: big, deep, many-parted and explosive (public for e2e).
 */
public final class HostileFiles {

  private HostileFiles() {}

  /** A message wrapping itself {@code depth} times, each level with a line of its own. */
  static byte[] nestedMessage(int depth) {
    String message = plainMessage("level " + depth, "Innermost complaint at level " + depth + ".");
    for (int level = depth - 1; level >= 0; level--) {
      String boundary = "b" + level;
      message =
          "From: level"
              + level
              + "@example.com\r\nSubject: level "
              + level
              + "\r\n"
              + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="
              + boundary
              + "\r\n\r\n"
              + "--"
              + boundary
              + "\r\nContent-Type: text/plain\r\n\r\n"
              + "Complaint text at level "
              + level
              + ".\r\n"
              + "--"
              + boundary
              + "\r\nContent-Type: message/rfc822\r\n\r\n"
              + message
              + "\r\n--"
              + boundary
              + "--\r\n";
    }
    return message.getBytes(StandardCharsets.US_ASCII);
  }

  /** A message with {@code count} small text attachments. */
  static byte[] manyParts(int count) {
    StringBuilder m = new StringBuilder();
    m.append("From: a@example.com\r\nSubject: many\r\nMIME-Version: 1.0\r\n");
    m.append("Content-Type: multipart/mixed; boundary=x\r\n\r\n");
    m.append("--x\r\nContent-Type: text/plain\r\n\r\nSee the attached notes.\r\n");
    for (int i = 0; i < count; i++) {
      m.append("--x\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=n")
          .append(i)
          .append(".txt\r\n\r\nNote number ")
          .append(i)
          .append("\r\n");
    }
    return m.append("--x--\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A message whose attachment is {@code bytes}, base64 encoded. */
  public static byte[] withAttachment(String name, String type, byte[] bytes) {
    String m =
        "From: a@example.com\r\nSubject: attached\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=x\r\n\r\n"
            + "--x\r\nContent-Type: text/plain\r\n\r\nPlease read the attachment.\r\n"
            + "--x\r\nContent-Type: "
            + type
            + "\r\nContent-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: attachment; filename="
            + name
            + "\r\n\r\n"
            + Base64.getMimeEncoder().encodeToString(bytes)
            + "\r\n--x--\r\n";
    return m.getBytes(StandardCharsets.US_ASCII);
  }

  static String plainMessage(String subject, String body) {
    return "From: someone@example.com\r\nSubject: "
        + subject
        + "\r\n"
        + "Content-Type: text/plain\r\n\r\n"
        + body
        + "\r\n";
  }

  /** A zip holding {@code megabytes} MB of one repeated letter: a few hundred KB packed. */
  static byte[] zipBomb(int megabytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("complaint.txt"));
      byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < megabytes; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /**
   * A .docx of a few hundred KB whose document.xml inflates to {@code megabytes} MB of paragraphs
   * holding one letter each: little text (Tika's output-ratio guard lets it pass), a huge XML tree.
   */
  public static byte[] docxBomb(int megabytes) throws IOException {
    byte[] block =
        "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
            .repeat((1 << 20) / 34)
            .getBytes(StandardCharsets.US_ASCII);
    return docx(megabytes, i -> block);
  }

  /**
   * A .docx whose document.xml is {@code megabytes} MB of bold five-digit numbers: random enough to
   * pack only about fifteen to one, so it passes the ratio guard at a few MB, a large XML tree.
   */
  public static byte[] docxOfNumbers(int megabytes) throws IOException {
    Random random = new Random(megabytes);
    return docx(
        megabytes,
        i -> {
          StringBuilder mb = new StringBuilder(1 << 20);
          while (mb.length() < (1 << 20) - 60) {
            mb.append("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>")
                .append(10_000 + random.nextInt(90_000))
                .append("</w:t></w:r></w:p>");
          }
          return mb.toString().getBytes(StandardCharsets.US_ASCII);
        });
  }

  private static byte[] docx(int megabytes, java.util.function.IntFunction<byte[]> megabyte)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                  + "vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/"
                  + "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                  + "wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(
          ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                  + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                  + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                  + " Target=\"word/document.xml\"/></Relationships>")
              .getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                  + "wordprocessingml/2006/main\"><w:body>")
              .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < megabytes; i++) {
        zip.write(megabyte.apply(i));
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /**
   * A PDF of about {@code megabytes} MB: pages of text plus one page carrying a scanned-looking
   * image of noise, which does not compress.
   */
  public static byte[] bigPdf(int megabytes) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < 20; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.newLineAtOffset(50, 740);
          for (int line = 0; line < 40; line++) {
            content.showText("Page " + p + " line " + line + ": I demand a refund for order 7781.");
            content.newLineAtOffset(0, -16);
          }
          content.endText();
        }
      }
      int side = (int) Math.sqrt(megabytes * 1024.0 * 1024.0 / 3);
      BufferedImage noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
      int[] pixels = ((DataBufferInt) noise.getRaster().getDataBuffer()).getData();
      Random random = new Random(42);
      for (int i = 0; i < pixels.length; i++) {
        pixels[i] = random.nextInt();
      }
      PDImageXObject image = LosslessFactory.createFromImage(doc, noise);
      PDPage imagePage = new PDPage();
      doc.addPage(imagePage);
      try (PDPageContentStream content = new PDPageContentStream(doc, imagePage)) {
        content.drawImage(image, 0, 0, 600, 600);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
