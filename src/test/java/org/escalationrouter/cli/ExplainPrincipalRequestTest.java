package org.escalationrouter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request to reach the principals is found by the same path as {@code explain --json} when it
 * stands only in the subject line, or only in a PDF letter attached to an otherwise plain e-mail.
 */
class ExplainPrincipalRequestTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void findsTheRequestOnlyInAnAttachedPdfLetter() throws IOException {
    byte[] pdf =
        pdf(
            "Dear Sir or Madam,",
            "Your engineer promised a free router and I was billed 149 euros for it.",
            "I ask that this letter be put before the directors of the company.",
            "Yours faithfully, Anna Berg");
    Path eml =
        Files.write(
            dir.resolve("pdf-letter.eml"),
            mail("My letter", "Good afternoon, my letter is attached.", pdf));
    Map<String, Object> r = explain(eml);
    Map<String, Object> principal = signal(r, "principal-request");
    assertThat(principal).as(r.toString()).isNotNull();
    assertThat((List<?>) principal.get("locations")).allMatch(l -> l.toString().contains("pdf"));
    assertThat(principal.get("evidence").toString()).contains("directors");
    assertThat(principal.get("parts").toString()).contains("target", "directors");
    assertThat(r.get("severity")).isIn("high", "critical");
  }

  @Test
  void findsTheRequestOnlyInTheSubjectLine() throws IOException {
    Path eml =
        Files.write(
            dir.resolve("subject.eml"),
            mail(
                "Please pass this on to your managing director",
                "The bill for March is wrong again and nobody answers the phone.",
                null));
    Map<String, Object> r = explain(eml);
    Map<String, Object> principal = signal(r, "principal-request");
    assertThat(principal).as(r.toString()).isNotNull();
    assertThat(principal.get("locations").toString()).isEqualTo("[subject]");
  }

  @Test
  void staysQuietWhenTheAttachedLetterOnlyTellsOfAnEarlierRequest() throws IOException {
    byte[] pdf = pdf("Last year I asked to speak to a supervisor and was refused.");
    Path eml = Files.write(dir.resolve("history.eml"), mail("Old case", "See attached.", pdf));
    assertThat(signal(explain(eml), "principal-request")).isNull();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> signal(Map<String, Object> r, String name) {
    for (Object s : (List<?>) r.get("signals")) {
      Map<String, Object> m = (Map<String, Object>) s;
      if (name.equals(m.get("name"))) {
        return m;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> explain(Path eml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        CommandLine.run(
            new String[] {"explain", "--json", eml.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(exit).isZero();
    return JSON.readValue(out.toString(StandardCharsets.UTF_8).strip(), Map.class);
  }

  private static byte[] mail(String subject, String body, byte[] pdf) {
    String boundary = "b-7f3a";
    StringBuilder m = new StringBuilder();
    m.append("From: Anna Berg <anna@example.org>\r\nTo: support@example.com\r\n")
        .append("Subject: ")
        .append(subject)
        .append("\r\nMessage-ID: <p1@example.org>\r\nMIME-Version: 1.0\r\n");
    if (pdf == null) {
      m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
    } else {
      m.append("Content-Type: multipart/mixed; boundary=\"")
          .append(boundary)
          .append("\"\r\n\r\n--")
          .append(boundary)
          .append("\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
          .append(body)
          .append("\r\n--")
          .append(boundary)
          .append("\r\nContent-Type: application/pdf; name=\"letter.pdf\"\r\n")
          .append("Content-Disposition: attachment; filename=\"letter.pdf\"\r\n")
          .append("Content-Transfer-Encoding: base64\r\n\r\n")
          .append(Base64.getMimeEncoder().encodeToString(pdf))
          .append("\r\n--")
          .append(boundary)
          .append("--\r\n");
    }
    return m.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] pdf(String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(50, 740);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(0, -28);
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
