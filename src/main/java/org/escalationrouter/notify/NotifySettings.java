package org.escalationrouter.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How chat and webhook posts are delivered ({@code escalation.notify.*}).
 *
 * @param maxAttempts tries per post before it is given up and the failure put on the case's
 *     timeline, so a broken hook causes no storm
 * @param firstRetry the wait after the first failed try; it doubles with every further failure
 * @param maxBackoff the longest wait between two tries
 * @param timeout how long one try may take, connecting included
 * @param pollInterval how often the webhook outbox is checked for posts that are due
 * @param lease how long a claimed post is held by the daemon sending it; a daemon that dies while
 *     sending leaves it to be sent again (with the same idempotency key) once the lease has passed
 */
@ConfigurationProperties("escalation.notify")
record NotifySettings(
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("10s") Duration firstRetry,
    @DefaultValue("15m") Duration maxBackoff,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("2m") Duration lease) {

  /** The wait before try {@code attempts + 1}, after {@code attempts} failed ones. */
  Duration backoff(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
    Duration wait = firstRetry.multipliedBy(factor);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
