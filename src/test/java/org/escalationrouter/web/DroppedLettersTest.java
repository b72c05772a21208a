package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.escalationrouter.e2e.Daemon;
import org.escalationrouter.testsupport.ScannedPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typed PDF letter and a scanned one dropped into the letters folder: each case reads as the
 * letter (OCR marked), names the sender and the subject the letter gives, and its escalation
 * carries the text and the original file; the case page offers the file to the case's owner and
 * refuses it to an executive outside the chain.
 */
class DroppedLettersTest {

  private static final List<String> PDF_LETTER =
      List.of(
          "Anna Kowalska",
          "ul. Lipowa 12, 00-950 Warszawa",
          "anna.kowalska@example.pl",
          "",
          "Re: Account 55-1029, unauthorised charges",
          "",
          "Dear Sirs,",
          "Please forward this letter to the principals of the firm. For three months",
          "your company has charged me for a service I cancelled in writing.",
          "",
          "Yours sincerely,",
          "Anna Kowalska");
  private static final List<String> SCANNED_LETTER =
      List.of(
          "Dear Sir or Madam,",
          "Please forward this letter to the principals of the firm.",
          "I have written three times about my account and nobody replied.",
          "Yours faithfully,",
          "Robert Ellison");

  @TempDir static Path work;
  private static Daemon daemon;
  private static byte[] pdf;
  private static byte[] scan;
  private static Map<String, Object> pdfCase;
  private static Map<String, Object> scanCase;

  @BeforeAll
  static void dropATypedAndAScannedLetter() throws Exception {
    daemon = ExecutiveLogins.start(work);
    pdf = pdf(PDF_LETTER);
    scan = ScannedPage.png(SCANNED_LETTER);
    drop("kowalska.pdf", pdf);
    drop("ellison-scan.png", scan);
    await().atMost(Duration.ofSeconds(90)).until(() -> daemon.cases().size() == 2);
    pdfCase = caseFromFile("kowalska.pdf");
    scanCase = caseFromFile("ellison-scan.png");
  }

  @AfterAll
  static void stop() {
    daemon.close();
  }

  @Test
  void pdfLetterIsTheCasesTextWithTheSenderAndSubjectItGives() {
    assertThat(pdfCase.get("sender")).isEqualTo("Anna Kowalska <anna.kowalska@example.pl>");
    assertThat(pdfCase.get("subject")).isEqualTo("Account 55-1029, unauthorised charges");
    assertThat(String.valueOf(pdfCase.get("newText")))
        .contains("principals of the firm")
        .contains("Yours sincerely")
        .doesNotContain("Read by OCR");
  }

  @Test
  void scannedLetterIsReadByOcrAndMarkedSo() {
    String text = String.valueOf(scanCase.get("newText"));
    assertThat(text).startsWith("[Read by OCR from ellison-scan.png");
    assertThat(words(text)).contains("forward this letter to the principals of the firm");
    assertThat(words(String.valueOf(scanCase.get("sender")))).isEqualTo("robert ellison");
    assertThat(words(String.valueOf(scanCase.get("subject"))))
        .isEqualTo("please forward this letter to the principals of the firm");
  }

  @Test
  void escalationCarriesTheLettersTextAndTheOriginalFile() throws Exception {
    List<MimeMessage> mail =
        await().atMost(Duration.ofSeconds(30)).until(() -> daemon.inbox("ceo"), l -> l.size() >= 2);
    MimeMessage forPdf = about(mail, pdfCase);
    MimeMessage forScan = about(mail, scanCase);

    assertThat(forPdf.getSubject()).endsWith(": Account 55-1029, unauthorised charges");
    assertThat(text(forPdf)).contains("A letter from Anna Kowalska").contains("three months");
    assertThat(words(text(forScan))).contains("i have written three times about my account");
    Part pdfFile = attachment(forPdf);
    assertThat(pdfFile.getFileName()).isEqualTo("kowalska.pdf");
    assertThat(pdfFile.isMimeType("application/pdf")).isTrue();
    assertThat(pdfFile.getInputStream().readAllBytes()).isEqualTo(pdf);
    Part scanFile = attachment(forScan);
    assertThat(scanFile.getFileName()).isEqualTo("ellison-scan.png");
    assertThat(scanFile.getInputStream().readAllBytes()).isEqualTo(scan);
  }

  @Test
  void casePageOffersTheLetterToItsOwnerAndRefusesItToAnExecutiveOutsideTheChain()
      throws Exception {
    String id = String.valueOf(pdfCase.get("id"));
    WebSession owner = new WebSession(daemon);
    owner.logIn("hale", ExecutiveLogins.HALE_PASSWORD);
    HttpResponse<String> page = owner.get("/cases/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/cases/" + id + "/attachments/0").contains("kowalska.pdf");
    HttpResponse<String> file = owner.get("/cases/" + id + "/attachments/0");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("kowalska.pdf"));
    assertThat(file.body()).startsWith("%PDF");

    WebSession outsider = new WebSession(daemon);
    outsider.logIn("nowak", ExecutiveLogins.NOWAK_PASSWORD);
    assertThat(outsider.get("/cases/" + id).statusCode()).isEqualTo(403);
    assertThat(outsider.get("/cases/" + id + "/attachments/0").statusCode()).isEqualTo(403);
    assertThat(outsider.get("/cases/" + id + "/original").statusCode()).isEqualTo(403);
  }

  private static void drop(String name, byte[] bytes) throws IOException {
    // written beside the inbox and moved in, as a scanner's software does
    Path tmp = work.resolve(name);
    Files.write(tmp, bytes);
    Files.move(tmp, work.resolve("letters/inbox/" + name));
  }

  private static Map<String, Object> caseFromFile(String fileName) {
    return daemon.cases().stream()
        .map(c -> daemon.get("/api/cases/" + c.get("id")))
        .filter(c -> String.valueOf(c.get("timeline")).contains("(" + fileName + ")"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no case from " + fileName));
  }

  private static MimeMessage about(List<MimeMessage> mail, Map<String, Object> c) throws Exception {
    for (MimeMessage m : mail) {
      if (String.valueOf(c.get("id")).equals(m.getHeader("X-Escalation-Case", null))) {
        return m;
      }
    }
    throw new AssertionError("no escalation for " + c.get("id"));
  }

  private static String text(Part p) throws Exception {
    if (p.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
      return (String) p.getContent();
    }
    if (p.isMimeType("multipart/*")) {
      Multipart multi = (Multipart) p.getContent();
      for (int i = 0; i < multi.getCount(); i++) {
        String found = text(multi.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Part attachment(MimeMessage m) throws Exception {
    List<Part> found = new ArrayList<>();
    Multipart mixed = (Multipart) m.getContent();
    for (int i = 0; i < mixed.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(mixed.getBodyPart(i).getDisposition())) {
        found.add(mixed.getBodyPart(i));
      }
    }
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  /** OCR may drop a letter or split a word; compare words, case and punctuation aside. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
  }

  static byte[] pdf(List<String> lines) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 720);
        for (String line : lines) {
          text.showText(line);
          text.newLineAtOffset(0, -18);
        }
        text.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
