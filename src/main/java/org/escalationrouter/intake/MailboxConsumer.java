package org.escalationrouter.intake;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLException;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.escalationrouter.pipeline.IncomingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one mailbox; after a failure waits longer each time (up to a minute) before reconnecting.
 */
final class MailboxConsumer extends ScheduledPollConsumer {

  private static final Logger log = LoggerFactory.getLogger(MailboxConsumer.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  private final IntakeSettings.Mailbox mailbox;
  private final MailboxReader reader;
  private final MailboxHealth health;
  private final Clock clock;
  private int failures;
  private Instant retryAt = Instant.MIN;

  MailboxConsumer(
      Endpoint endpoint,
      Processor processor,
      IntakeSettings.Mailbox mailbox,
      MailboxReader reader,
      MailboxHealth health,
      Clock clock) {
    super(endpoint, processor);
    this.mailbox = mailbox;
    this.reader = reader;
    this.health = health;
    this.clock = clock;
    health.registered(mailbox.displayName());
  }

  @Override
  protected int poll() {
    if (clock.instant().isBefore(retryAt)) {
      return 0;
    }
    try {
      int read = reader.readNew(this::deliver);
      health.succeeded(mailbox.displayName(), read);
      if (failures > 0) {
        log.info("Mailbox {} is readable again", mailbox.displayName());
      }
      failures = 0;
      return read;
    } catch (MessagingException | RuntimeException e) {
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
    }
  }

  private boolean deliver(byte[] raw, String source) {
    Exchange exchange = createExchange(true);
    exchange
        .getMessage()
        .setBody(
            new IncomingMessage(
                mailbox.displayName(), source, source + ".eml", raw, clock.instant(), true));
    try {
      getProcessor().process(exchange);
    } catch (Exception e) {
      exchange.setException(e);
    }
    if (exchange.getException() != null) {
      log.warn(
          "Message {} of {} was not processed and will be retried: {}",
          source,
          mailbox.displayName(),
          exchange.getException().getMessage());
      releaseExchange(exchange, false);
      return false;
    }
    releaseExchange(exchange, false);
    return true;
  }

  static Duration backoff(int failures) {
    long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(failures, 6));
    return Duration.ofSeconds(seconds);
  }

  /** One clear reason, never a password. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationFailedException) {
        return "authentication failed";
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

  @Override
  protected void doStop() throws Exception {
    super.doStop();
    reader.close();
  }
}
