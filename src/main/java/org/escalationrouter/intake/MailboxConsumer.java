package org.escalationrouter.intake;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLException;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.escalationrouter.mailauth.TokenRefreshFailed;
import org.escalationrouter.pipeline.FailureReason;
import org.escalationrouter.pipeline.IncomingMessage;
import org.escalationrouter.pipeline.PreparedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one mailbox when woken by IMAP IDLE and on a short poll; after a failure waits longer each
 * time (up to a minute) before reconnecting. While IDLE is listening the poll only runs now and
 * then as a safety net, so a missed notification costs at most that long. A message the pipeline
 * fails on without accounting for it (the database was away, an error escaped) is tried again on
 * the next pass; when it fails a second time it is held as it is, and the mailbox moves on.
 *
 * <p>A pass hands each message to the shared workers, which admit, parse and judge several at once
 * ({@link CommitWindow}); the route then records them and the cursor moves on this thread, one by
 * one in UID order, so a crash at any moment leaves what ADR 0007 says.
 */
final class MailboxConsumer extends ScheduledPollConsumer {

  private static final Logger log = LoggerFactory.getLogger(MailboxConsumer.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
  static final int TRIES_BEFORE_HOLDING = 2;

  /** Holds a message that failed repeatedly; true when it is accounted for. */
  interface LastResort {
    boolean hold(IncomingMessage message, String reason);
  }

  /** What wakes the reader when mail arrives (IMAP IDLE), started and stopped with the consumer. */
  interface Watch {
    /** True while it listens, so the poll can slow down. */
    boolean listening();

    void start();

    void stop();
  }

  private final IntakeSettings.Mailbox mailbox;
  private final MailboxReader reader;
  private final MailboxHealth health;
  private final Clock clock;
  private final LastResort lastResort;
  private final CommitWindow.Preparation preparation;
  private final Executor workers;
  private final int window;
  private final long windowBytes;
  private volatile CommitWindow pass;
  private final ReentrantLock reading = new ReentrantLock();
  private String failingSource;
  private int failingTries;
  private String stalledAt;
  private Watch idle;
  private Duration safetyPoll = Duration.ZERO;
  private boolean fastPoll;
  private int failures;
  private volatile Instant retryAt = Instant.MIN;
  private volatile Instant lastRead = Instant.MIN;
  private volatile boolean stopping;

  MailboxConsumer(
      Endpoint endpoint,
      Processor processor,
      IntakeSettings.Mailbox mailbox,
      MailboxReader reader,
      MailboxHealth health,
      LastResort lastResort,
      CommitWindow.Preparation preparation,
      Executor workers,
      int window,
      long windowBytes,
      Clock clock) {
    super(endpoint, processor);
    this.windowBytes = windowBytes;
    this.preparation = preparation;
    this.workers = workers;
    this.window = window;
    this.lastResort = lastResort;
    this.mailbox = mailbox;
    this.reader = reader;
    this.health = health;
    this.clock = clock;
    health.registered(mailbox.displayName());
  }

  /**
   * Also listens with IDLE; a full pass then runs only every {@code safetyPoll}. With {@code
   * fastPoll}, each poll in between asks the reader whether there is new mail (one command) and
   * reads at once when there is.
   */
  void listenWith(Watch watcher, Duration safetyPoll, boolean fastPoll) {
    this.idle = watcher;
    this.safetyPoll = safetyPoll;
    this.fastPoll = fastPoll;
  }

  /** Reads at once: IDLE saw a change, so the server is there whatever the backoff said. */
  void wake() {
    log.debug(
        "IDLE woke the reader of {} (run allowed: {})", mailbox.displayName(), isRunAllowed());
    if (isRunAllowed()) {
      read();
    }
  }

  @Override
  protected int poll() {
    Instant now = clock.instant();
    if (now.isBefore(retryAt)) {
      return 0;
    }
    // a pass is running (woken by IDLE): it reads the mail; the poll neither waits nor counts as
    // not done, so a long first pass through a backlog does not look like a consumer that never ran
    if (!reading.tryLock()) {
      return 0;
    }
    try {
      if (idle != null && idle.listening() && now.isBefore(lastRead.plus(safetyPoll))) {
        if (fastPoll && hasNew()) {
          log.debug("Fast poll found new mail in {}", mailbox.displayName());
          return readLocked();
        }
        return 0;
      }
      return readLocked();
    } finally {
      reading.unlock();
    }
  }

  /**
   * One pass. Mail that arrives while it runs is read by the next pass: the IDLE watcher checks for
   * it before it listens again, the poll otherwise (no second pass here: it was empty nearly
   * always).
   */
  private int read() {
    reading.lock();
    try {
      return readLocked();
    } finally {
      reading.unlock();
    }
  }

  private boolean hasNew() {
    try {
      return reader.hasNew();
    } catch (MessagingException | RuntimeException e) {
      return true; // the pass will meet the same failure and report it
    }
  }

  private int readLocked() {
    CommitWindow current =
        new CommitWindow(
            window,
            windowBytes,
            workers,
            this::message,
            preparation,
            new CommitWindow.Turns(
                this::commit,
                this::refuse,
                this::unreadable,
                n -> health.passStarted(mailbox.displayName(), n)));
    pass = current;
    try {
      stalledAt = null;
      reader.readNew(current);
      int read = current.committed();
      log.debug("Read {} new messages from {}", read, mailbox.displayName());
      lastRead = clock.instant();
      health.succeeded(mailbox.displayName(), read, stalledAt);
      forceConsumerAsReady();
      if (failures > 0) {
        log.info("Mailbox {} is readable again", mailbox.displayName());
      }
      failures = 0;
      return read;
    } catch (MessagingException | RuntimeException e) {
      // what was read whole before the failure is still recorded in its turn; the rest is read
      // again once the mailbox is back
      current.finishAfterFailure();
      failures++;
      String reason = describe(e);
      health.failed(mailbox.displayName(), reason);
      Duration wait = backoff(failures);
      retryAt = clock.instant().plus(wait);
      log.warn(
          "Mailbox {} ({}) cannot be read: {}; retrying in {}s",
          mailbox.displayName(),
          mailbox,
          reason,
          wait.toSeconds());
      reader.close();
      return 0;
    } finally {
      pass = null;
    }
  }

  /** Messages of the running pass handed to the workers and not yet recorded. */
  int inFlight() {
    CommitWindow current = pass;
    return current == null ? 0 : current.inFlight();
  }

  /** Bytes of those messages. */
  long inFlightBytes() {
    CommitWindow current = pass;
    return current == null ? 0 : current.inFlightBytes();
  }

  private IncomingMessage message(byte[] raw, String source) {
    return new IncomingMessage(
        mailbox.displayName(), source, source + ".eml", raw, clock.instant(), true);
  }

  /** A message too large to read: its headers are held with the reason, the mailbox moves on. */
  private boolean refuse(IncomingMessage headers, String reason) {
    if (lastResort.hold(headers, reason)) {
      madeProgress();
      return true;
    }
    stalledAt = headers.source();
    health.stalled(mailbox.displayName(), headers.source(), reason);
    return false;
  }

  /** The message's turn: the route records what the workers made of it, or quarantines it. */
  private boolean commit(IncomingMessage message, Object prepared, Throwable preparing) {
    String source = message.source();
    if (leaving()) {
      return false; // stopping: the message stays unread for whoever reads the mailbox next
    }
    Throwable failure = preparing != null ? preparing : process(message, prepared);
    if (failure == null) {
      log.debug("Committed {} of {}", source, mailbox.displayName()); // bench/intake-latency.sh
      failingSource = null;
      failingTries = 0;
      madeProgress();
      return true;
    }
    if (leaving()) {
      // the route stopped under the message (this daemon let the mailbox go to another, or is
      // shutting down) and Camel refused it: not the message's failure, so it is not held
      log.info("Message {} of {} left for the next reader", source, mailbox.displayName());
      log.debug("Message {} left: {}", source, FailureReason.of(failure));
      return false;
    }
    String reason = FailureReason.of(failure);
    return heldWhenFailedTwice(message, reason, "failed twice, held without processing: " + reason);
  }

  /**
   * A message the server would not give (its FETCH failed, the connection is fine). Counted as a
   * message the pipeline failed on: on its second pass in a row it is held with no bytes, under
   * where it is, and the mailbox moves past it; it stays on the server.
   */
  private boolean unreadable(String source, MessagingException failure) {
    if (leaving()) {
      return false;
    }
    String reason =
        "FETCH_FAILED: "
            + (failure.getMessage() != null
                ? failure.getMessage()
                : failure.getClass().getSimpleName());
    IncomingMessage message =
        new IncomingMessage(
            mailbox.displayName(), source, source + ".eml", new byte[0], clock.instant(), false);
    return heldWhenFailedTwice(message, reason, reason);
  }

  /** Stops the pass at the message the first time; holds it the second time in a row. */
  private boolean heldWhenFailedTwice(IncomingMessage message, String reason, String holdReason) {
    String source = message.source();
    failingTries = source.equals(failingSource) ? failingTries + 1 : 1;
    failingSource = source;
    if (failingTries >= TRIES_BEFORE_HOLDING && lastResort.hold(message, holdReason)) {
      failingSource = null;
      failingTries = 0;
      madeProgress();
      return true;
    }
    // the reason can quote the message (a header it could not read): at DEBUG and in the API
    log.warn(
        "Message {} of {} was not processed (try {}) and will be tried again (the reason is in"
            + " /api/mailboxes)",
        source,
        mailbox.displayName(),
        failingTries);
    log.debug("Message {} of {} was not processed: {}", source, mailbox.displayName(), reason);
    stalledAt = source;
    health.stalled(mailbox.displayName(), source, reason);
    return false;
  }

  /**
   * A message is accounted for. The consumer is then ready for Camel's readiness check even while
   * its first pass (a backlog read by the poll or by IDLE) is still running: busy is not broken.
   */
  private void madeProgress() {
    health.progressed(mailbox.displayName());
    forceConsumerAsReady();
  }

  /** Runs the route; what went wrong, or null. Errors are caught too: they are the message's. */
  private Throwable process(IncomingMessage message, Object prepared) {
    Exchange exchange = createExchange(true);
    exchange.getMessage().setBody(message);
    if (prepared != null) {
      exchange.setProperty(PreparedMessage.PROPERTY, prepared);
    }
    try {
      getProcessor().process(exchange);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      exchange.setException(e);
    }
    Throwable failure = exchange.getException();
    releaseExchange(exchange, false);
    return failure;
  }

  static Duration backoff(int failures) {
    long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(failures, 6));
    return Duration.ofSeconds(seconds);
  }

  /** One clear reason, never a password. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TokenRefreshFailed) {
        return t.getMessage();
      }
      if (t instanceof AuthenticationFailedException) {
        return "authentication failed";
      }
      if (t instanceof MessagingException m
          && "Open failed".equals(m.getMessage())
          && m.getNextException() instanceof java.io.EOFException refused) {
        return "login refused (" + refused.getMessage() + ")"; // Angus's POP3
      }
      if (t instanceof UnknownHostException) {
        return "unknown host " + t.getMessage();
      }
      if (t instanceof ConnectException) {
        return "host unreachable (" + t.getMessage() + ")";
      }
      if (t instanceof SSLException) {
        return "TLS error (" + t.getMessage() + ")";
      }
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** The route is being stopped or suspended (a hand-over to another daemon, or shutdown). */
  private boolean leaving() {
    return stopping || isStopping() || isSuspending() || isSuspended();
  }

  @Override
  protected void doStart() throws Exception {
    stopping = false;
    super.doStart();
    if (idle != null) {
      idle.start();
    }
  }

  @Override
  protected void doStop() throws Exception {
    stopping = true;
    if (idle != null) {
      idle.stop();
    }
    super.doStop();
    reading.lock();
    try {
      reader.close();
    } finally {
      reading.unlock();
    }
  }
}
