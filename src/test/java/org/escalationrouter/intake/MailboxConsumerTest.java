package org.escalationrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.escalationrouter.pipeline.IncomingMessage;
import org.escalationrouter.pipeline.PreparedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Messages of a mailbox are prepared several at once and recorded one by one in UID order: a slow
 * one holds the later ones back, and one the pipeline fails on without accounting for it stops the
 * pass there (health DOWN, a stall counted), so the ones behind it are read again, never skipped,
 * never recorded twice; when it fails again it is held as it is and the messages behind it are
 * read.
 */
class MailboxConsumerTest {

  /** Messages 1 to {@code available} by UID; the cursor moves when the window says so. */
  private static final class Messages implements MailboxReader {
    final List<Long> cursorMoves = Collections.synchronizedList(new ArrayList<>());
    volatile long cursor;
    long available = 3;
    int passes;

    @Override
    public boolean hasNew() {
      return available > cursor;
    }

    @Override
    public void readNew(Handler handler) {
      passes++;
      long from = cursor + 1;
      handler.found((int) (available - cursor));
      for (long uid = from; uid <= available; uid++) {
        long committed = uid;
        byte[] raw = ("Subject: " + uid + "\r\n\r\nbody").getBytes(StandardCharsets.US_ASCII);
        Runnable advance =
            () -> {
              cursorMoves.add(committed);
              cursor = committed;
            };
        if (!handler.accept(raw, "INBOX uid " + uid, advance)) {
          break;
        }
      }
      handler.finish();
    }

    @Override
    public void close() {}
  }

  private static final Duration LATCH_LIMIT = Duration.ofSeconds(20);

  private final DefaultCamelContext camel = new DefaultCamelContext();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  /** Intake settings with the defaults: a second's poll, DOWN after 3 failures or 2 minutes. */
  static final IntakeSettings SETTINGS =
      new IntakeSettings(
          List.of(),
          Duration.ofSeconds(1),
          Duration.ofMinutes(2),
          3,
          false,
          Duration.ofMinutes(9),
          org.springframework.util.unit.DataSize.ofMegabytes(40),
          null);

  private final MailboxHealth health = new MailboxHealth(SETTINGS, Clock.systemUTC(), meters);
  private final Messages reader = new Messages();
  private final ExecutorService workers = Executors.newFixedThreadPool(3);
  private final List<String> processed = Collections.synchronizedList(new ArrayList<>());
  private final List<Object> preparedSeen = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> prepared = Collections.synchronizedSet(new HashSet<>());
  private final List<String> held = new ArrayList<>();

  /** What the workers do ahead of each message's turn; the tests may replace it. */
  private CommitWindow.Preparation preparation = marking();

  @AfterEach
  void stop() {
    camel.stop();
    workers.shutdownNow();
  }

  private MailboxConsumer consumer(boolean databaseUp) throws Exception {
    return consumer(databaseUp, "uid 2");
  }

  /** What the route does with each message, before it counts as processed. */
  private interface Route {
    void process(IncomingMessage m) throws Exception;
  }

  /** A consumer whose route fails (beyond quarantine) on the message whose source ends so. */
  private MailboxConsumer consumer(boolean databaseUp, String failsOn) throws Exception {
    return consumer(
        databaseUp,
        m -> {
          if (m.source().endsWith(failsOn)) {
            throw new StackOverflowError(); // escaped even the quarantine
          }
        });
  }

  private MailboxConsumer consumer(boolean databaseUp, Route route) throws Exception {
    camel.start();
    DefaultEndpoint endpoint = endpoint(camel);
    IntakeSettings.Mailbox mailbox =
        new IntakeSettings.Mailbox("support", "imap", "localhost", 143, "u", "p", "INBOX");
    return new MailboxConsumer(
        endpoint,
        (Exchange e) -> {
          IncomingMessage m = e.getMessage().getBody(IncomingMessage.class);
          route.process(m);
          preparedSeen.add(e.getProperty(PreparedMessage.PROPERTY));
          processed.add(m.source());
        },
        mailbox,
        reader,
        health,
        (m, reason) -> databaseUp && held.add(m.source() + ": " + reason),
        preparation,
        workers,
        6,
        1 << 20,
        Clock.systemUTC());
  }

  private CommitWindow.Preparation marking() {
    return m -> {
      prepared.add(m.source());
      return "prepared " + m.source();
    };
  }

  @Test
  void messageThatFailsTwiceIsHeldAndTheMessagesBehindItAreRead() throws Exception {
    MailboxConsumer consumer = consumer(true);

    consumer.poll();
    assertThat(processed).containsExactly("INBOX uid 1");
    assertThat(reader.cursor).isEqualTo(1);
    assertThat(health.isUp("support")).isFalse();
    assertThat(meters.get("escalation.intake.stalls").counter().count()).isEqualTo(1.0);

    consumer.poll();
    assertThat(held)
        .containsExactly("INBOX uid 2: failed twice, held without processing: StackOverflowError");
    assertThat(processed).containsExactly("INBOX uid 1", "INBOX uid 3");
    assertThat(reader.cursor).isEqualTo(3);
    assertThat(health.isUp("support")).isTrue();
  }

  @Test
  void whenEvenHoldingFailsTheMailboxStaysDownAndEveryStallIsCounted() throws Exception {
    MailboxConsumer consumer = consumer(false);
    for (int pass = 0; pass < 3; pass++) {
      consumer.poll();
    }
    assertThat(reader.cursor).isEqualTo(1);
    assertThat(health.isUp("support")).isFalse();
    assertThat(health.states().get("support").stalledAt()).isEqualTo("INBOX uid 2");
    assertThat(meters.get("escalation.intake.stalls").counter().count()).isEqualTo(3.0);
  }

  @Test
  void aPassThatReadsMailIsNotFollowedByASecondEmptyPass() throws Exception {
    MailboxConsumer consumer = consumer(true, "none");

    assertThat(consumer.poll()).isEqualTo(3);
    assertThat(reader.passes).isOne();
  }

  @Test
  void withFastPollMailIsReadBetweenSafetyPollsWhileIdleListens() throws Exception {
    MailboxConsumer consumer = consumer(true, "none");
    consumer.listenWith(listening(), Duration.ofMinutes(5), true);
    assertThat(consumer.poll()).isEqualTo(3); // the first poll is a full pass
    assertThat(consumer.poll()).isZero(); // nothing new: asked, no pass
    assertThat(reader.passes).isOne();

    reader.available = 4; // IDLE has not told us yet
    assertThat(consumer.poll()).isOne();
    assertThat(processed).endsWith("INBOX uid 4");
  }

  @Test
  void withoutFastPollIdleAndTheSafetyPollAreLeftToReadIt() throws Exception {
    MailboxConsumer consumer = consumer(true, "none");
    consumer.listenWith(listening(), Duration.ofMinutes(5), false);
    consumer.poll();
    reader.available = 4;
    assertThat(consumer.poll()).isZero();
    assertThat(reader.passes).isOne();
  }

  private static MailboxConsumer.Watch listening() {
    return new MailboxConsumer.Watch() {
      @Override
      public boolean listening() {
        return true;
      }

      @Override
      public void start() {}

      @Override
      public void stop() {}
    };
  }

  @Test
  void whileAPassWorksThroughABacklogTheConsumerIsReadyUpAndThePollDoesNotWait() throws Exception {
    CountDownLatch secondStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    camel.start();
    MailboxConsumer consumer =
        new MailboxConsumer(
            endpoint(camel),
            (Exchange e) -> {
              IncomingMessage m = e.getMessage().getBody(IncomingMessage.class);
              if (m.source().endsWith("uid 2")) {
                secondStarted.countDown();
                release.await(); // a slow message in the middle of the backlog
              }
              processed.add(m.source());
            },
            new IntakeSettings.Mailbox("support", "imap", "localhost", 143, "u", "p", "INBOX"),
            reader,
            health,
            (m, reason) -> true,
            preparation,
            workers,
            6,
            1 << 20,
            Clock.systemUTC());
    ExecutorService pass = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> first = pass.submit(consumer::poll); // the first poll, reading the backlog
      assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(consumer.isConsumerReady()).isTrue(); // Camel's readiness check asks this
      assertThat(health.isUp("support")).isTrue();
      assertThat(health.health("support").getDetails()).containsEntry("backlog", 2);
      // a second poll meanwhile returns at once instead of queueing behind the pass
      assertThat(CompletableFuture.supplyAsync(consumer::poll).get(10, TimeUnit.SECONDS)).isZero();

      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(3);
    } finally {
      release.countDown();
      pass.shutdownNow();
    }
  }

  /** An endpoint for a consumer built by hand. */
  static DefaultEndpoint endpoint(org.apache.camel.CamelContext camel) {
    DefaultComponent component =
        new DefaultComponent(camel) {
          @Override
          protected org.apache.camel.Endpoint createEndpoint(
              String uri, String remaining, java.util.Map<String, Object> parameters) {
            throw new UnsupportedOperationException();
          }
        };
    DefaultEndpoint endpoint =
        new DefaultEndpoint("mailbox:support", component) {
          @Override
          public org.apache.camel.Producer createProducer() {
            throw new UnsupportedOperationException();
          }

          @Override
          public org.apache.camel.Consumer createConsumer(org.apache.camel.Processor p) {
            throw new UnsupportedOperationException();
          }
        };
    return endpoint;
  }

  @Test
  void aMessageTheStoppingRouteRefusesIsLeftForTheNextReaderNotHeld() throws Exception {
    MailboxConsumer[] self = new MailboxConsumer[1];
    self[0] =
        consumer(
            true,
            m -> {
              if (m.source().endsWith("uid 2")) {
                // the daemon lets the mailbox go to another one while the message is processed
                self[0].stop();
                throw new java.util.concurrent.RejectedExecutionException("route is stopping");
              }
            });

    self[0].poll();

    assertThat(processed).containsExactly("INBOX uid 1");
    assertThat(held).isEmpty();
    assertThat(reader.cursor).isEqualTo(1);
    assertThat(meters.get("escalation.intake.stalls").counter().count()).isZero();
  }

  @Test
  void aSlowMessageDoesNotLetTheOnesBehindItBeRecordedBeforeIt() throws Exception {
    CountDownLatch laterOnesPrepared = new CountDownLatch(2);
    List<Boolean> slowSawTheOthersPrepared = new ArrayList<>();
    reader.available = 4;
    preparation =
        m -> {
          if (m.source().endsWith("uid 1")) {
            // still working on uid 1 when uid 2 and 3 are done
            slowSawTheOthersPrepared.add(await(laterOnesPrepared));
          } else if (!m.source().endsWith("uid 4")) {
            laterOnesPrepared.countDown();
          }
          return "prepared " + m.source();
        };
    MailboxConsumer consumer = consumer(true, "none");

    consumer.poll();

    assertThat(slowSawTheOthersPrepared)
        .as("uid 2 and 3 were prepared while uid 1 was")
        .containsExactly(true);
    assertThat(processed)
        .containsExactly("INBOX uid 1", "INBOX uid 2", "INBOX uid 3", "INBOX uid 4");
    assertThat(preparedSeen)
        .as("the route records what the workers prepared")
        .containsExactly(
            "prepared INBOX uid 1",
            "prepared INBOX uid 2",
            "prepared INBOX uid 3",
            "prepared INBOX uid 4");
    assertThat(reader.cursorMoves).containsExactly(1L, 2L, 3L, 4L);
    assertThat(health.isUp("support")).isTrue();
  }

  @Test
  void aFailureInTheMiddleOfAWindowNeitherSkipsNorDuplicates() throws Exception {
    CountDownLatch behindPrepared = new CountDownLatch(2);
    Set<String> failedOnce = Collections.synchronizedSet(new HashSet<>());
    reader.available = 6;
    preparation =
        m -> {
          if (m.source().endsWith("uid 3")) {
            await(behindPrepared); // so 4 and 5 are ready when 3's turn fails
          } else if (m.source().endsWith("uid 4") || m.source().endsWith("uid 5")) {
            behindPrepared.countDown();
          }
          prepared.add(m.source());
          return "prepared " + m.source();
        };
    // uid 3 fails once without being accounted for (the database was away)
    MailboxConsumer consumer =
        consumer(
            true,
            m -> {
              if (m.source().endsWith("uid 3") && failedOnce.add(m.source())) {
                throw new StackOverflowError(); // escaped even the quarantine
              }
            });

    consumer.poll();
    assertThat(prepared).contains("INBOX uid 4", "INBOX uid 5");
    assertThat(processed).containsExactly("INBOX uid 1", "INBOX uid 2");
    assertThat(reader.cursor).isEqualTo(2);
    assertThat(health.isUp("support")).isFalse();
    assertThat(consumer.inFlight()).isZero();

    consumer.poll();
    assertThat(processed)
        .containsExactly(
            "INBOX uid 1",
            "INBOX uid 2",
            "INBOX uid 3",
            "INBOX uid 4",
            "INBOX uid 5",
            "INBOX uid 6");
    assertThat(reader.cursorMoves).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(held).isEmpty();
    assertThat(health.isUp("support")).isTrue();
  }

  @Test
  void aPreparationThatThrowsIsTriedAgainThenHeldAndTheOnesBehindItAreRead() throws Exception {
    preparation =
        m -> {
          if (m.source().endsWith("uid 2")) {
            throw new IllegalStateException("worker failed");
          }
          return "prepared " + m.source();
        };
    MailboxConsumer consumer = consumer(true, "none");

    consumer.poll();
    assertThat(processed).containsExactly("INBOX uid 1");
    consumer.poll();
    assertThat(held)
        .containsExactly(
            "INBOX uid 2: failed twice, held without processing: IllegalStateException: worker"
                + " failed");
    assertThat(processed).containsExactly("INBOX uid 1", "INBOX uid 3");
    assertThat(reader.cursorMoves).containsExactly(1L, 2L, 3L);
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(LATCH_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
