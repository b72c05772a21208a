package org.escalationrouter.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * What is known of each mailbox's reading: when it last succeeded and how it last failed. A mailbox
 * is DOWN after repeated failures or when its last success is older than the limit.
 */
@Component
public class MailboxHealth {

  /** The state of one mailbox. */
  public record State(
      Instant lastSuccess, int consecutiveFailures, String lastError, long messagesRead) {}

  private final Map<String, State> states = new ConcurrentHashMap<>();
  private final IntakeSettings settings;
  private final Clock clock;

  MailboxHealth(IntakeSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  void registered(String mailbox) {
    states.putIfAbsent(mailbox, new State(null, 0, null, 0));
  }

  void succeeded(String mailbox, int read) {
    states.compute(
        mailbox,
        (k, s) -> new State(clock.instant(), 0, null, (s == null ? 0 : s.messagesRead()) + read));
  }

  void failed(String mailbox, String reason) {
    states.compute(
        mailbox,
        (k, s) ->
            s == null
                ? new State(null, 1, reason, 0)
                : new State(
                    s.lastSuccess(), s.consecutiveFailures() + 1, reason, s.messagesRead()));
  }

  public Map<String, State> states() {
    return Map.copyOf(states);
  }

  public boolean isUp(String mailbox) {
    State s = states.get(mailbox);
    if (s == null) {
      return false;
    }
    if (s.consecutiveFailures() >= settings.failuresBeforeDown()) {
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
      if (s.lastError() != null) {
        b.withDetail("lastError", s.lastError());
      }
    }
    return b.build();
  }
}
