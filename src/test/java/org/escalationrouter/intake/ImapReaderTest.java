package org.escalationrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class ImapReaderTest {

  private GreenMail server;
  private MailboxCursors cursors;
  private IntakeSettings.Mailbox mailbox;
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void start() {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", "imap"));
    server.start();
    server.setUser("support@localhost", "support", "secret");
    mailbox =
        new IntakeSettings.Mailbox(
            "support",
            "imap",
            "127.0.0.1",
            server.getImap().getPort(),
            "support",
            "secret",
            "INBOX");
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:cursor" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(db).load().migrate();
    cursors =
        new MailboxCursors(
            JdbcClient.create(db),
            Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));
    log.start();
    ((Logger) LoggerFactory.getLogger(ImapReader.class)).addAppender(log);
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger(ImapReader.class)).detachAppender(log);
    server.stop();
  }

  @Test
  void anEmptyFolderWithANewUidValidityIsWarnedAboutOnceNotAtEveryPass() throws Exception {
    // the cursor of an earlier server (a demo restarted: the embedded server starts empty)
    cursors.advance("support", "INBOX", 4242, 17);
    try (ImapReader reader =
        new ImapReader(
            mailbox,
            org.escalationrouter.mailauth.MailLogin.password("support", "secret"),
            cursors,
            new MessageSizeLimit(1 << 20))) {
      Handed handler = new Handed();
      for (int pass = 0; pass < 3; pass++) {
        reader.readNew(handler);
      }
      assertThat(handler.sources).isEmpty();
    }

    assertThat(log.list)
        .filteredOn(e -> e.getLevel() == Level.WARN)
        .singleElement()
        .satisfies(e -> assertThat(e.getFormattedMessage()).contains("new UIDVALIDITY"));
    MailboxCursors.Cursor cursor = cursors.find("support", "INBOX").orElseThrow();
    assertThat(cursor.uidValidity()).isNotEqualTo(4242);
    assertThat(cursor.lastUid()).isZero();
  }

  @Test
  void aMessageTheServerNeverAnnouncedIsReadOnTheNextPassNotWhenTheNextOneArrives()
      throws Exception {
    Handed handler = new Handed();
    try (ImapReader reader = reader()) {
      LostAnnouncement.deliver(server, "support", "first");
      reader.readNew(handler);
      assertThat(handler.sources).containsExactly("INBOX uid 1");

      // the last message of a burst: stored, but this connection is never sent its EXISTS
      LostAnnouncement.deliverUnannounced(server, "support", "last of the burst");

      reader.readNew(handler);
      assertThat(handler.sources).containsExactly("INBOX uid 1", "INBOX uid 2");
      assertThat(cursors.find("support", "INBOX").orElseThrow().lastUid()).isEqualTo(2);
    }
  }

  private ImapReader reader() {
    return new ImapReader(
        mailbox,
        org.escalationrouter.mailauth.MailLogin.password("support", "secret"),
        cursors,
        new MessageSizeLimit(1 << 20));
  }

  /** Takes each message in turn at once (no window), so the cursor moves as it is handed over. */
  private static final class Handed implements MailboxReader.Handler {
    final List<String> sources = new ArrayList<>();

    @Override
    public boolean accept(byte[] raw, String source, Runnable committed) {
      sources.add(source);
      committed.run();
      return true;
    }

    @Override
    public boolean refuse(byte[] headers, String source, String reason, Runnable committed) {
      return accept(headers, source, committed);
    }

    @Override
    public void finish() {}
  }
}
