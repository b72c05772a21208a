package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 22: at INFO and above the daemon's log names cases, mailboxes and sources, never the
 * customer. One person's e-mail with an attached letter, two dropped letters whose file names carry
 * her name (one read, one unreadable and reprocessed) and her auto-reply go through the whole flow;
 * her address, name, subject and file names appear in no INFO, WARN or ERROR line.
 */
class PersonalDataInLogsTest {

  static final String ADDRESS = "zofia.w@example.net";
  static final String NAME = "Zofia Wisniewska";
  static final String SUBJECT = "Refund for the broken boiler at Linden Street";
  static final String ATTACHED = NAME + " - complaint.txt";
  static final String DROPPED = NAME + " letter.txt";
  static final String UNREADABLE = NAME + " scan.bin";

  @TempDir Path work;

  @Test
  void infoLogsNeverNameTheCustomerTheirSubjectOrTheirFiles() throws Exception {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger root = null;
    try (Daemon daemon = new Daemon(work).start()) {
      // after the start: Spring Boot sets logging up afresh while it starts
      root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      log.start();
      root.addAppender(log);
      daemon.send(mailWithAttachedLetter());
      drop(DROPPED, letter().getBytes(StandardCharsets.UTF_8));
      drop(UNREADABLE, junk());
      MailFixtures.sendRaw(
          daemon.smtpPort,
          ADDRESS,
          "support@localhost",
          ("From: "
                  + NAME
                  + " <"
                  + ADDRESS
                  + ">\r\nTo: support@localhost\r\nSubject: Automatic reply: "
                  + SUBJECT
                  + "\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <away-1@example.net>\r\n\r\n"
                  + "I am away. "
                  + NAME
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
      await().atMost(Duration.ofSeconds(90)).until(() -> daemon.cases().size() == 2);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.exists(work.resolve("letters/failed/" + UNREADABLE)));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  daemon
                          .bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                          .sql("select count(*) from processed_message")
                          .query(Long.class)
                          .single()
                      >= 3);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> held =
          daemon.api().get().uri(daemon.url("/api/quarantine")).retrieve().body(List.class);
      daemon
          .api()
          .post()
          .uri(daemon.url("/api/quarantine/" + held.get(0).get("id") + "/reprocess"))
          .retrieve()
          .toBodilessEntity();
    } finally {
      if (root != null) {
        root.detachAppender(log);
      }
    }
    List<String> info =
        log.list.stream()
            .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
            .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage())
            .toList();
    assertThat(info)
        .as("the daemon logged its work by case and source")
        .anyMatch(l -> l.contains("became ESC-") && l.contains("letters file "))
        .anyMatch(l -> l.contains("became ESC-") && l.contains("uid"))
        .anyMatch(l -> l.contains("automated mail"));
    for (String personal :
        List.of(ADDRESS, NAME, "Zofia", "Wisniewska", SUBJECT, "boiler", "Linden Street")) {
      assertThat(info)
          .as("INFO and above never carry '%s'", personal)
          .noneMatch(l -> l.toLowerCase(Locale.ROOT).contains(personal.toLowerCase(Locale.ROOT)));
    }
  }

  private void drop(String name, byte[] content) throws Exception {
    Path tmp = work.resolve(name + ".part");
    Files.write(tmp, content);
    Files.move(tmp, work.resolve("letters/inbox").resolve(name));
  }

  private static String letter() {
    return "Dear Sir or Madam,\n\nThe boiler you installed at Linden Street broke again. Write to me"
        + " at "
        + ADDRESS
        + ".\nPlease forward this letter to the principals of the firm.\n\nYours faithfully,\n"
        + NAME
        + "\n";
  }

  private static byte[] junk() {
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7);
    }
    return junk;
  }

  private static byte[] mailWithAttachedLetter() {
    String boundary = "b-zofia";
    return ("From: "
            + NAME
            + " <"
            + ADDRESS
            + ">\r\nTo: support@localhost\r\nSubject: "
            + SUBJECT
            + "\r\nMessage-ID: <boiler-1@example.net>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\r\n\r\n--"
            + boundary
            + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "I will cancel my contract and tell everyone. "
            + NAME
            + "\r\n--"
            + boundary
            + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment;"
            + " filename=\""
            + ATTACHED
            + "\"\r\n\r\n"
            + letter().replace("\n", "\r\n")
            + "\r\n--"
            + boundary
            + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
