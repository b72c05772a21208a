package org.escalationrouter.failover;

import java.util.Set;
import org.escalationrouter.bounce.reason.BounceReason;

/**
 * Bounce reasons about the message rather than the address: the same address takes other mail, so
 * it is not marked failing (a "message too big" once marked an executive failing for good).
 */
final class AboutTheMessage {

  private static final Set<BounceReason> REASONS =
      Set.of(
          BounceReason.MESSAGE_TOO_BIG,
          BounceReason.CONTENT_ERROR,
          BounceReason.SPAM_DETECTED,
          BounceReason.VIRUS_DETECTED,
          BounceReason.POLICY_VIOLATION,
          BounceReason.NOT_COMPLIANT_RFC);

  private AboutTheMessage() {}

  static boolean says(BounceReason reason) {
    return reason != null && REASONS.contains(reason);
  }
}
