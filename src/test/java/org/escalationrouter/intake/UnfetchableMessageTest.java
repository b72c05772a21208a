package org.escalationrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.escalationrouter.mailauth.MailLogin;
import org.escalationrouter.pipeline.IncomingMessage;
import org.escalationrouter.testsupport.TestClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A message whose FETCH the server fails (its neighbours read fine) stops the mailbox for one pass;
 * on the second pass it is held as FETCH_FAILED and the cursor moves past it (issue 15, ADR 0007).
 * A connection that fails under a fetch holds nothing.
 */
class UnfetchableMessageTest {

  private final GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", "imap"));
  private final DefaultCamelContext camel = new DefaultCamelContext();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final MailboxHealth health =
      new MailboxHealth(MailboxConsumerTest.SETTINGS, Clock.systemUTC(), meters);
  private final List<String> processed = new ArrayList<>();
  private final List<String> held = new ArrayList<>();
  private final TestClock clock = TestClock.realTime();
  private final ExecutorService workers = Executors.newFixedThreadPool(2);
  private MailboxCursors cursors;
  private ImapReader reader;
  private MailboxConsumer consumer;

  private EnvelopeLosingRelay relay;

  @BeforeEach
  void start() {
    server.start();
    server.setUser("support@localhost", "support", "secret");
  }

  /** The daemon's side: a reader and consumer that reach the server through {@code relay}. */
  private void readThrough(EnvelopeLosingRelay.Spoil spoil) throws Exception {
    for (String subject : List.of("first", "second", "third")) {
      LostAnnouncement.deliver(server, "support", subject);
    }
    relay = new EnvelopeLosingRelay(server.getImap().getPort(), 2, spoil);
    IntakeSettings.Mailbox mailbox =
        new IntakeSettings.Mailbox(
            "support", "imap", "127.0.0.1", relay.port(), "support", "secret", "INBOX");
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:unfetchable" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(db).load().migrate();
    cursors = new MailboxCursors(JdbcClient.create(db), Clock.systemUTC());
    reader =
        new ImapReader(
            mailbox,
            MailLogin.password("support", "secret"),
            cursors,
            new MessageSizeLimit(1 << 20));
    camel.start();
    consumer =
        new MailboxConsumer(
            MailboxConsumerTest.endpoint(camel),
            (Exchange e) -> processed.add(e.getMessage().getBody(IncomingMessage.class).source()),
            mailbox,
            reader,
            health,
            (m, reason) -> held.add(m.source() + " [" + m.raw().length + " bytes]: " + reason),
            m -> "prepared " + m.source(),
            workers,
            4, // the failed fetch takes its turn behind the messages in flight before it
            1 << 20,
            clock);
  }

  @AfterEach
  void stop() {
    if (reader != null) {
      reader.close();
      relay.close();
    }
    camel.stop();
    server.stop();
    workers.shutdownNow();
  }

  @Test
  void aMessageTheServerWillNotGiveIsHeldOnTheSecondPassAndTheOnesBehindItAreRead()
      throws Exception {
    readThrough(EnvelopeLosingRelay.Spoil.LOSE_ENVELOPE);

    consumer.poll();
    assertThat(processed).containsExactly("INBOX uid 1");
    assertThat(held).isEmpty();
    assertThat(health.isUp("support")).isFalse();
    assertThat(health.states().get("support").stalledAt()).startsWith("INBOX uid 2");
    assertThat(meters.get("escalation.intake.stalls").counter().count()).isEqualTo(1.0);

    consumer.poll();
    assertThat(held)
        .singleElement()
        .satisfies(
            h ->
                assertThat(h)
                    .startsWith("INBOX uid 2 (uidvalidity ")
                    .endsWith("[0 bytes]: FETCH_FAILED: Failed to load IMAP envelope"));
    assertThat(processed).containsExactly("INBOX uid 1", "INBOX uid 3");
    assertThat(cursors.find("support", "INBOX").orElseThrow().lastUid()).isEqualTo(3);
    assertThat(health.isUp("support")).isTrue();
  }

  @Test
  void aConnectionThatFailsUnderAFetchHoldsNothing() throws Exception {
    readThrough(EnvelopeLosingRelay.Spoil.CUT_CONNECTION);

    for (int pass = 0; pass < 3; pass++) {
      consumer.poll();
      clock.advance(Duration.ofMinutes(1)); // past the reconnect backoff
    }
    assertThat(held).isEmpty();
    assertThat(health.isUp("support"))
        .isFalse(); // three failed reads of the mailbox, not the message
    assertThat(processed).containsExactly("INBOX uid 1");
    assertThat(cursors.find("support", "INBOX").orElseThrow().lastUid()).isEqualTo(1);
  }
}
