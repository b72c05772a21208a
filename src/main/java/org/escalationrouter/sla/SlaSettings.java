package org.escalationrouter.sla;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code escalation.sla.*} settings.
 *
 * @param enabled whether this daemon polls for due timers (off for one-shot command-line runs)
 * @param pollInterval pause between polls
 * @param batchSize most timers fired in one transaction-per-timer round before polling again
 * @param retryDelay how long a timer whose action threw waits before the next try
 * @param linkSecret HMAC secret for signed links, at least 32 bytes; unset means a random one
 * @param node this daemon's name in {@code sla_timer.claimed_by}; unset means host and pid
 */
@ConfigurationProperties("escalation.sla")
record SlaSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("1m") Duration retryDelay,
    @Nullable String linkSecret,
    @Nullable String node) {

  SlaSettings {
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("escalation.sla.poll-interval must be positive");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("escalation.sla.batch-size must be at least 1");
    }
  }
}
