package org.escalationrouter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.e2e.Daemon;
import org.escalationrouter.web.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messages above the storage threshold are kept as checksummed files in the data directory, not in
 * the database; the escalation links them instead of attaching them, and download and reprocess
 * read them back. Thresholds are set low (100 KB) so the test's messages stay small.
 */
class LargeBodiesTest {

  @TempDir static Path work;
  private static Daemon daemon;

  @BeforeAll
  static void start() {
    daemon =
        new Daemon(work)
            .start(
                "--escalation.storage.inline-max-size=100KB",
                "--escalation.storage.dir=" + work.resolve("originals"),
                "--escalation.smtp.attach-original-max-size=100KB");
  }

  @AfterAll
  static void stop() {
    daemon.close();
  }

  private static byte[] letterWithAttachment(String subject, String messageId, int bytes) {
    byte[] notes = new byte[bytes]; // not text: the escalation quotes the text of attachments
    new java.util.Random(bytes).nextBytes(notes);
    return ("From: Customer <customer@example.org>\r\nTo: support@localhost\r\nSubject: "
            + subject
            + "\r\nMessage-ID: "
            + messageId
            + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\n"
            + "I will sue you over this fee. Forward this letter to your CEO.\r\n"
            + "--b\r\nContent-Type: application/octet-stream; name=\"statement.bin\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n"
            + Base64.getMimeEncoder().encodeToString(notes)
            + "\r\n--b--\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static Map<String, Object> caseWithSubject(String subject) {
    return daemon.cases().stream()
        .filter(c -> subject.equals(c.get("subject")))
        .findFirst()
        .orElse(null);
  }

  private static Map<String, Object> row(String table, String column, Object value) {
    return daemon
        .bean(JdbcClient.class)
        .sql(
            "select raw_file, raw_sha256, raw_size, "
                + (table.equals("quarantine") ? "octet_length(raw)" : "octet_length(raw_message)")
                + " as inline_bytes from "
                + table
                + " where "
                + column
                + " = ?")
        .param(value)
        .query()
        .singleRow();
  }

  @Test
  void aLargeMessageIsAFileLinkedFromTheEscalationAndDownloadsWhole() throws Exception {
    byte[] raw = letterWithAttachment("Large statement", "<large-1@example.org>", 300_000);
    daemon.send(raw);

    String caseId = caseId("Large statement");

    Map<String, Object> row = row("escalation_case", "id", caseId);
    assertThat(row.get("inline_bytes")).as("nothing inline").isNull();
    Path file = work.resolve("originals").resolve((String) row.get("raw_file"));
    byte[] stored = Files.readAllBytes(file);
    assertThat(stored.length).isEqualTo(((Number) row.get("raw_size")).intValue());
    assertThat(new String(stored, StandardCharsets.US_ASCII)).contains("<large-1@example.org>");
    assertThat(daemon.bean(CaseStore.class).original(caseId).orElseThrow().bytes())
        .isEqualTo(stored);

    MimeMessage escalation = escalationOf(caseId);
    assertThat(attachmentCount(escalation)).isZero();
    assertThat(escalation.getSize()).isLessThan(100_000);
    String text = EscalationText.of(escalation);
    Matcher link = Pattern.compile("(http\\S+/cases/" + caseId + "/original)").matcher(text);
    assertThat(link.find()).as("a download link in:\n%s", text).isTrue();

    WebSession browser = new WebSession(daemon);
    browser.logIn("admin", Daemon.ADMIN_PASSWORD);
    var download = browser.download(URI.create(link.group(1)).getPath());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(stored);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aLargeQuarantinedMessageIsAFileAndReprocessesFromIt() throws Exception {
    byte[] raw = letterWithAttachment("Held large statement", "<large-held@example.org>", 300_000);
    long id =
        daemon
            .bean(Quarantine.class)
            .holdAndAccount(
                new IncomingMessage(
                    "support", "INBOX uid 990", "INBOX uid 990.eml", raw, Instant.now(), true),
                "large-held-key",
                "held by the test");

    Map<String, Object> row = row("quarantine", "id", id);
    assertThat(((Number) row.get("inline_bytes")).intValue()).isZero();
    assertThat(Files.readAllBytes(work.resolve("originals").resolve((String) row.get("raw_file"))))
        .isEqualTo(raw);

    Map<String, Object> outcome =
        daemon
            .api()
            .post()
            .uri(daemon.url("/api/quarantine/" + id + "/reprocess"))
            .retrieve()
            .body(Map.class);

    assertThat(outcome.get("result")).isEqualTo("CASE");
    String caseId = (String) outcome.get("caseId");
    assertThat(daemon.bean(CaseStore.class).original(caseId).orElseThrow().bytes()).isEqualTo(raw);
  }

  @Test
  void aSmallMessageStaysInTheRowAndIsAttached() throws Exception {
    byte[] raw = letterWithAttachment("Small statement", "<small-1@example.org>", 2_000);
    daemon.send(raw);

    String caseId = caseId("Small statement");

    Map<String, Object> row = row("escalation_case", "id", caseId);
    assertThat(row.get("raw_file")).isNull();
    assertThat(((Number) row.get("inline_bytes")).intValue()).isGreaterThan(2_000);
    MimeMessage escalation = escalationOf(caseId);
    assertThat(attachmentCount(escalation)).isEqualTo(1);
  }

  private static String caseId(String subject) {
    return (String)
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> caseWithSubject(subject), c -> c != null)
            .get("id");
  }

  /** The escalation of the case in the CEO's mailbox, once it arrived. */
  private static MimeMessage escalationOf(String caseId) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                daemon.inbox("ceo").stream()
                    .filter(m -> safeSubject(m).contains("[" + caseId + "]"))
                    .findFirst()
                    .orElse(null),
            m -> m != null);
  }

  private static String safeSubject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (Exception e) {
      return "";
    }
  }

  private static int attachmentCount(Part p) throws Exception {
    if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
      return 1;
    }
    int n = 0;
    if (p.isMimeType("multipart/*")) {
      Multipart multi = (Multipart) p.getContent();
      for (int i = 0; i < multi.getCount(); i++) {
        n += attachmentCount(multi.getBodyPart(i));
      }
    }
    return n;
  }

  /** The plain-text part of an escalation. */
  private static final class EscalationText {
    static String of(Part p) throws Exception {
      if (p.isMimeType("text/plain")) {
        return (String) p.getContent();
      }
      if (p.isMimeType("multipart/*")) {
        Multipart multi = (Multipart) p.getContent();
        for (int i = 0; i < multi.getCount(); i++) {
          String found = of(multi.getBodyPart(i));
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }
  }
}
