package org.escalationrouter.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.escalationrouter.bounce.AutomatedKind;
import org.escalationrouter.facts.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The router's figures for Prometheus, read from its tables rather than counted in each feature:
 * what the database holds is what happened, across restarts and across daemons sharing it. Counts
 * are read at most once per {@link #FRESH_FOR}; a scrape may see them that late.
 */
@Component
class RouterMetrics implements MeterBinder {

  private static final Logger log = LoggerFactory.getLogger(RouterMetrics.class);

  static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final RouterFigures figures;
  private final Clock clock;
  private final Set<String> mailboxesBound = new HashSet<>();
  private final Set<String> outboxKindsBound = new HashSet<>();
  private volatile RouterFigures.Snapshot last;
  private volatile Instant readAt = Instant.MIN;
  private MeterRegistry registry;
  private Timer latency;
  private Instant casesSince;

  RouterMetrics(RouterFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
    this.casesSince = clock.instant();
  }

  @Override
  public synchronized void bindTo(MeterRegistry registry) {
    this.registry = registry;
    for (Severity s : Severity.values()) {
      FunctionCounter.builder(
              "escalation.cases",
              this,
              m -> m.snapshot().casesBySeverity().getOrDefault(s.wireName(), 0L))
          .description("Cases opened, by severity")
          .tag("severity", s.wireName())
          .register(registry);
    }
    for (AutomatedKind k : AutomatedKind.values()) {
      FunctionCounter.builder(
              "escalation.automated.mail",
              this,
              m -> m.snapshot().automatedByKind().getOrDefault(k.wireName(), 0L))
          .description("Bounces, delivery reports, auto-replies and bulk mail recorded, by kind")
          .tag("kind", k.wireName())
          .register(registry);
    }
    FunctionCounter.builder("escalation.sla.reminders", this, m -> m.snapshot().reminders())
        .description("SLA reminders sent")
        .register(registry);
    FunctionCounter.builder("escalation.sla.breaches", this, m -> m.snapshot().breaches())
        .description("SLA deadlines missed")
        .register(registry);
    Gauge.builder("escalation.quarantine.held", this, m -> m.snapshot().quarantineHeld())
        .description("Messages held in quarantine")
        .register(registry);
    latency =
        Timer.builder("escalation.delivery.to.case")
            .description("From a letter being read from its mailbox to its case being opened")
            .register(registry);
  }

  /** The figures, read again when older than {@link #FRESH_FOR}. */
  synchronized RouterFigures.Snapshot snapshot() {
    Instant now = clock.instant();
    if (last == null || !readAt.plus(FRESH_FOR).isAfter(now)) {
      try {
        last = figures.read();
        readAt = now;
        bindNewTags(last);
        casesSince = figures.recordLatencies(casesSince, latency);
      } catch (DataAccessException e) {
        // the database is away or not migrated yet: show the last figures, try again next time
        log.warn("metrics: cannot read the tables: {}", e.getMessage());
        return last == null ? RouterFigures.Snapshot.EMPTY : last;
      }
    }
    return last;
  }

  // mailboxes and outgoing mail kinds are only known once they appear in the tables
  private void bindNewTags(RouterFigures.Snapshot s) {
    for (String mailbox : s.messagesByMailbox().keySet()) {
      if (mailboxesBound.add(mailbox)) {
        FunctionCounter.builder(
                "escalation.messages.received",
                this,
                m -> m.snapshot().messagesByMailbox().getOrDefault(mailbox, 0L))
            .description("Messages read and accounted for, by mailbox")
            .tag("mailbox", mailbox)
            .register(registry);
      }
    }
    for (String kind : s.sentByKind().keySet()) {
      if (outboxKindsBound.add(kind)) {
        FunctionCounter.builder(
                "escalation.mail.sent", this, m -> m.snapshot().sentByKind().getOrDefault(kind, 0L))
            .description("Escalations, reminders and notices sent, by kind")
            .tag("kind", kind)
            .register(registry);
      }
    }
  }
}
