package org.escalationrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.escalationrouter.pipeline.IncomingMessage;
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

  @Test
  void fetchedAheadEveryMessageArrivesWholeInUidOrderWithinTheWindow() throws Exception {
    // sizes around Angus's 16 KB partial fetch, and one too large to be fetched ahead
    int[] sizes = {300, 20_000, 5_000, 40_000, 800, 17_000, 1_300_000, 2_000, 33_000, 100, 9_000};
    append(sizes);
    Map<String, byte[]> handed = new ConcurrentHashMap<>();
    List<String> turns = Collections.synchronizedList(new ArrayList<>());
    List<Long> windowBytes = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch thirdPrepared = new CountDownLatch(1);
    List<Boolean> firstSawThird = Collections.synchronizedList(new ArrayList<>());
    ExecutorService workers = Executors.newFixedThreadPool(2);
    CommitWindow[] window = new CommitWindow[1];
    window[0] =
        new CommitWindow(
            4,
            64_000,
            workers,
            (raw, source) ->
                new IncomingMessage("support", source, source, raw, Instant.EPOCH, true),
            m -> {
              if (m.source().endsWith("uid 1")) {
                firstSawThird.add(awaitLatch(thirdPrepared)); // done after the two behind it
              } else if (m.source().endsWith("uid 3")) {
                thirdPrepared.countDown();
              }
              handed.put(m.source(), m.raw());
              return "prepared";
            },
            new CommitWindow.Turns(
                (m, prepared, failure) -> {
                  windowBytes.add(window[0].inFlightBytes());
                  return turns.add(m.source());
                },
                (headers, reason) -> turns.add(headers.source() + " refused"),
                (source, failure) -> turns.add(source + " unfetched"),
                n -> {}));
    try (ImapReader reader =
        new ImapReader(
            mailbox,
            org.escalationrouter.mailauth.MailLogin.password("support", "secret"),
            cursors,
            new MessageSizeLimit(4 << 20))) {
      reader.readNew(window[0]);
      assertThat(reader.fetchedAheadInCommands()[0])
          .as("all but the large one fetched ahead")
          .isEqualTo(sizes.length - 1);
      assertThat(reader.fetchedAheadInCommands()[1])
          .as("several messages a command")
          .isLessThan(sizes.length / 2);
    } finally {
      workers.shutdownNow();
    }

    assertThat(firstSawThird).as("uid 1 was prepared after uid 3").containsExactly(true);
    List<String> inOrder = new ArrayList<>();
    for (int uid = 1; uid <= sizes.length; uid++) {
      inOrder.add("INBOX uid " + uid);
    }
    assertThat(turns).containsExactlyElementsOf(inOrder);
    assertThat(cursors.find("support", "INBOX").orElseThrow().lastUid()).isEqualTo(sizes.length);
    assertThat(windowBytes)
        .as("never past the window's bytes but for the large one alone")
        .allSatisfy(b -> assertThat(b).isLessThanOrEqualTo(1_400_000L))
        .filteredOn(b -> b > 64_000)
        .hasSize(1);
    Map<String, byte[]> readOneByOne = readOneByOne();
    assertThat(handed.keySet()).containsExactlyInAnyOrderElementsOf(inOrder);
    for (String source : inOrder) {
      assertThat(handed.get(source)).as(source).isEqualTo(readOneByOne.get(source));
    }
  }

  /** Messages of these sizes (about), of text lines, put into the INBOX by IMAP APPEND. */
  private void append(int[] sizes) throws Exception {
    Random random = new Random(16);
    Session session = Session.getInstance(new Properties());
    try (Store store = session.getStore("imap")) {
      store.connect("127.0.0.1", server.getImap().getPort(), "support", "secret");
      Folder inbox = store.getFolder("INBOX");
      for (int i = 0; i < sizes.length; i++) {
        StringBuilder body = new StringBuilder();
        while (body.length() < sizes[i]) {
          for (int c = 0; c < 70; c++) {
            body.append((char) ('a' + random.nextInt(26)));
          }
          body.append("\r\n");
        }
        String raw =
            "From: jane@example.org\r\nTo: support@localhost\r\nSubject: message "
                + i
                + "\r\nMessage-ID: <ahead-"
                + i
                + "@example.org>\r\n\r\n"
                + body;
        inbox.appendMessages(
            new Message[] {
              new MimeMessage(
                  session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)))
            });
      }
    }
  }

  /** Each message of the INBOX read on its own, as the reader did before it fetched ahead. */
  private Map<String, byte[]> readOneByOne() throws Exception {
    Map<String, byte[]> read = new ConcurrentHashMap<>();
    try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
      store.connect("127.0.0.1", server.getImap().getPort(), "support", "secret");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      for (Message m : inbox.getMessages()) {
        read.put("INBOX uid " + ((UIDFolder) inbox).getUID(m), ImapReader.bytes(m));
      }
      inbox.close(false);
    }
    return read;
  }

  private static boolean awaitLatch(CountDownLatch latch) {
    try {
      return latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
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
