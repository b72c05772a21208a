package org.escalationrouter.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.escalationrouter.mailauth.MailTokens;
import org.escalationrouter.mailauth.TokenState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * What is known of each mailbox's reading: when it last succeeded and how it last failed, and how
 * far the pass under way is through its backlog. A mailbox is DOWN after repeated failures, when
 * neither its last success nor the last step of its pass is within the limit (busy is UP, stuck is
 * not), or while it is stalled: a message in it could not be processed, so the cursor does not move
 * past it. Each stall is counted in the metric {@code escalation.intake.stalls}.
 */
@Component
public class MailboxHealth {

  /** The state of one mailbox. */
  public record State(
      Instant lastSuccess,
      int consecutiveFailures,
      String lastError,
      long messagesRead,
      String stalledAt) {}

  /** The pass under way: messages it found and has not yet read, read so far, last step. */
  private record Progress(Instant at, int backlog, long readThisPass) {}

  private final Map<String, State> states = new ConcurrentHashMap<>();
  private final Map<String, Progress> progress = new ConcurrentHashMap<>();
  private final IntakeSettings settings;
  private final Clock clock;
  private final MeterRegistry meters;

  private final Function<String, Optional<TokenState>> tokens;

  @Autowired
  MailboxHealth(IntakeSettings settings, Clock clock, MeterRegistry meters, MailTokens tokens) {
    this(settings, clock, meters, tokens::state);
  }

  MailboxHealth(IntakeSettings settings, Clock clock, MeterRegistry meters) {
    this(settings, clock, meters, name -> Optional.empty());
  }

  MailboxHealth(
      IntakeSettings settings,
      Clock clock,
      MeterRegistry meters,
      Function<String, Optional<TokenState>> tokens) {
    this.settings = settings;
    this.clock = clock;
    this.meters = meters;
    this.tokens = tokens;
  }

  /** The mailbox's OAuth2 token, when it logs in with one. */
  public Optional<TokenState> token(String mailbox) {
    return tokens.apply(mailbox);
  }

  void registered(String mailbox) {
    states.putIfAbsent(mailbox, new State(null, 0, null, 0, null));
    stalls(mailbox);
  }

  /** A pass began and found {@code backlog} new messages to read. */
  void passStarted(String mailbox, int backlog) {
    progress.put(mailbox, new Progress(clock.instant(), backlog, 0));
  }

  /** A message of the pass is accounted for (a case, quarantined, held). */
  void progressed(String mailbox) {
    progress.compute(
        mailbox,
        (k, p) ->
            p == null
                ? new Progress(clock.instant(), 0, 1)
                : new Progress(
                    clock.instant(), Math.max(0, p.backlog() - 1), p.readThisPass() + 1));
  }

  /** A pass ended; {@code stalledAt} is the message it stopped at, or null when it read all. */
  void succeeded(String mailbox, int read, String stalledAt) {
    if (stalledAt == null) {
      progress.computeIfPresent(mailbox, (k, p) -> new Progress(p.at(), 0, p.readThisPass()));
    }
    states.compute(
        mailbox,
        (k, s) ->
            new State(
                clock.instant(),
                0,
                stalledAt == null ? null : s == null ? null : s.lastError(),
                (s == null ? 0 : s.messagesRead()) + read,
                stalledAt));
  }

  /** A message could not be processed and will be tried again: the mailbox does not advance. */
  void stalled(String mailbox, String source, String reason) {
    states.compute(
        mailbox,
        (k, s) ->
            new State(
                s == null ? null : s.lastSuccess(),
                s == null ? 0 : s.consecutiveFailures(),
                "stalled at " + source + ": " + reason,
                s == null ? 0 : s.messagesRead(),
                source));
    stalls(mailbox).increment();
  }

  private Counter stalls(String mailbox) {
    return Counter.builder("escalation.intake.stalls")
        .description("Times a mailbox stopped at a message it could not process")
        .tag("mailbox", mailbox)
        .register(meters);
  }

  void failed(String mailbox, String reason) {
    states.compute(
        mailbox,
        (k, s) ->
            s == null
                ? new State(null, 1, reason, 0, null)
                : new State(
                    s.lastSuccess(),
                    s.consecutiveFailures() + 1,
                    reason,
                    s.messagesRead(),
                    s.stalledAt()));
  }

  public Map<String, State> states() {
    return Map.copyOf(states);
  }

  public boolean isUp(String mailbox) {
    State s = states.get(mailbox);
    if (s == null) {
      return false;
    }
    if (s.consecutiveFailures() >= settings.failuresBeforeDown() || s.stalledAt() != null) {
      return false;
    }
    // a token that cannot be refreshed is DOWN at once: the next login will fail
    if (token(mailbox).map(TokenState::failing).orElse(false)) {
      return false;
    }
    // a pass working through a backlog is as alive as one that ended: what counts is progress
    Instant fresh = latest(s.lastSuccess(), lastProgress(mailbox));
    return fresh != null && !fresh.plus(settings.staleAfter()).isBefore(clock.instant());
  }

  private Instant lastProgress(String mailbox) {
    Progress p = progress.get(mailbox);
    return p == null ? null : p.at();
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  Health health(String mailbox) {
    State s = states.get(mailbox);
    Health.Builder b = isUp(mailbox) ? Health.up() : Health.down();
    if (s != null) {
      b.withDetail("lastSuccess", s.lastSuccess() == null ? "never" : s.lastSuccess().toString())
          .withDetail("consecutiveFailures", s.consecutiveFailures())
          .withDetail("messagesRead", s.messagesRead());
      Progress p = progress.get(mailbox);
      if (p != null) {
        b.withDetail("backlog", p.backlog())
            .withDetail("readThisPass", p.readThisPass())
            .withDetail("lastProgress", p.at().toString());
      }
      if (s.stalledAt() != null) {
        b.withDetail("stalledAt", s.stalledAt());
      }
      if (s.lastError() != null) {
        b.withDetail("lastError", s.lastError());
      }
    }
    token(mailbox)
        .ifPresent(
            t -> {
              b.withDetail("tokenValidUntil", t.validUntil() == null ? "none" : t.validUntil());
              b.withDetail("tokenRefreshedAt", t.refreshedAt() == null ? "never" : t.refreshedAt());
              if (t.failing()) {
                b.withDetail("tokenError", t.lastError());
              }
            });
    return b.build();
  }
}
