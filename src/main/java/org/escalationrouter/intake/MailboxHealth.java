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
 * What is known of each mailbox's reading: when it last succeeded and how it last failed. A mailbox
 * is DOWN after repeated failures, when its last success is older than the limit, or while it is
 * stalled: a message in it could not be processed, so the cursor does not move past it. Each stall
 * is counted in the metric {@code escalation.intake.stalls}.
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

  private final Map<String, State> states = new ConcurrentHashMap<>();
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

  /** A pass ended; {@code stalledAt} is the message it stopped at, or null when it read all. */
  void succeeded(String mailbox, int read, String stalledAt) {
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
    return s.lastSuccess() != null
        && !s.lastSuccess().plus(settings.staleAfter()).isBefore(clock.instant());
  }

  Health health(String mailbox) {
    State s = states.get(mailbox);
    Health.Builder b = isUp(mailbox) ? Health.up() : Health.down();
    if (s != null) {
      b.withDetail("lastSuccess", s.lastSuccess() == null ? "never" : s.lastSuccess().toString())
          .withDetail("consecutiveFailures", s.consecutiveFailures())
          .withDetail("messagesRead", s.messagesRead());
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
