package org.escalationrouter.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.escalationrouter.mailauth.MailLogin;
import org.escalationrouter.pipeline.Preparation;
import org.escalationrouter.pipeline.RepeatedFailures;
import org.springframework.stereotype.Component;

/**
 * {@code mailbox:NAME}: a consumer that reads a configured mailbox by UID (IMAP) or UIDL (POP3) and
 * hands each message to the route as an {@code IncomingMessage}, counting it as processed only when
 * the route succeeded.
 */
@Component("mailbox")
class MailboxComponent extends DefaultComponent {

  private static final Duration SAFETY_POLL = Duration.ofSeconds(5);

  private final Mailboxes mailboxes;
  private final MailboxCursors cursors;
  private final MailboxHealth health;
  private final IntakeSettings settings;
  private final RepeatedFailures repeatedFailures;
  private final Preparation preparation;
  private final IntakeWorkers workers;
  private final MeterRegistry meters;
  private final Map<String, MailboxConsumer> consumers = new ConcurrentHashMap<>();
  private final Clock clock;

  MailboxComponent(
      Mailboxes mailboxes,
      MailboxCursors cursors,
      MailboxHealth health,
      IntakeSettings settings,
      RepeatedFailures repeatedFailures,
      Preparation preparation,
      IntakeWorkers workers,
      MeterRegistry meters,
      Clock clock) {
    this.repeatedFailures = repeatedFailures;
    this.preparation = preparation;
    this.workers = workers;
    this.meters = meters;
    this.mailboxes = mailboxes;
    this.cursors = cursors;
    this.health = health;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
    IntakeSettings.Mailbox mailbox = mailboxes.byName(remaining);
    return new DefaultEndpoint(uri, this) {
      @Override
      public Consumer createConsumer(Processor processor) throws Exception {
        MessageSizeLimit limit = new MessageSizeLimit(settings.maxMessageSize().toBytes());
        MailLogin login = mailboxes.login(mailbox);
        MailboxReader reader =
            mailbox.protocol().startsWith("pop3")
                ? new Pop3Reader(mailbox, login, cursors, limit)
                : new ImapReader(mailbox, login, cursors, limit);
        MailboxConsumer consumer =
            new MailboxConsumer(
                this,
                processor,
                mailbox,
                reader,
                health,
                repeatedFailures::hold,
                preparation::prepare,
                workers.pool(),
                settings.windowCount(workers.count()),
                settings.windowBytes().toBytes(),
                clock);
        consumers.put(mailbox.displayName(), consumer);
        // the map, not the consumer: a gauge keeps its object weakly, and its first one for good
        Gauge.builder(
                "escalation.intake.in-flight",
                consumers,
                all -> all.get(mailbox.displayName()).inFlight())
            .description("messages read and not yet recorded (at most the commit window)")
            .tag("mailbox", mailbox.displayName())
            .register(meters);
        Gauge.builder(
                "escalation.intake.in-flight-bytes",
                consumers,
                all -> all.get(mailbox.displayName()).inFlightBytes())
            .description("bytes of the messages read and not yet recorded (at most window-bytes)")
            .baseUnit("bytes")
            .tag("mailbox", mailbox.displayName())
            .register(meters);
        Duration every = settings.pollInterval();
        if (reader instanceof ImapReader imap && settings.idle()) {
          consumer.listenWith(
              new IdleWatcher(
                  mailbox, login, settings.idleKeepAlive(), consumer::wake, imap::readUpTo),
              safetyPoll(),
              settings.fastPolling());
          if (settings.fastPolling() && settings.fastPoll().compareTo(every) < 0) {
            every = settings.fastPoll();
          }
        }
        consumer.setDelay(every.toMillis());
        consumer.setInitialDelay(0);
        configureConsumer(consumer);
        return consumer;
      }

      @Override
      public Producer createProducer() {
        throw new UnsupportedOperationException("mailbox: can only be read from");
      }

      @Override
      public boolean isSingleton() {
        return true;
      }
    };
  }

  /** How often a mailbox with IDLE is polled anyway: well within the health's staleness limit. */
  private Duration safetyPoll() {
    Duration third = settings.staleAfter().dividedBy(3);
    Duration cap = third.compareTo(SAFETY_POLL) < 0 ? third : SAFETY_POLL;
    return cap.compareTo(settings.pollInterval()) > 0 ? cap : settings.pollInterval();
  }
}
