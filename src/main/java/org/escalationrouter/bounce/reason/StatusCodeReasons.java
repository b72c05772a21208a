package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;

import java.util.Map;
import java.util.Optional;

/**
 * Reasons implied by enhanced status codes alone (RFC 3463 and the registry's later additions),
 * used only when the error text names no cause. Codes that servers use loosely (x.0.0, 5.5.0,
 * 5.7.1, 5.7.0) are absent on purpose.
 */
public final class StatusCodeReasons {

  /** Keyed by subject.detail, valid for both 4 and 5 classes. */
  private static final Map<String, BounceReason> BY_DETAIL =
      Map.ofEntries(
          Map.entry("1.1", USER_UNKNOWN),
          Map.entry("1.2", HOST_UNKNOWN),
          Map.entry("1.3", USER_UNKNOWN),
          Map.entry("1.6", HAS_MOVED),
          Map.entry("1.7", REJECTED),
          Map.entry("1.8", REJECTED),
          Map.entry("1.9", SYSTEM_ERROR),
          Map.entry("1.10", NOT_ACCEPT),
          Map.entry("2.1", SUSPEND),
          Map.entry("2.2", MAILBOX_FULL),
          Map.entry("2.3", EXCEED_LIMIT),
          Map.entry("2.4", SYSTEM_ERROR),
          Map.entry("3.1", SYSTEM_FULL),
          Map.entry("3.2", NOT_ACCEPT),
          Map.entry("3.3", SYSTEM_ERROR),
          Map.entry("3.4", MESSAGE_TOO_BIG),
          Map.entry("3.5", SYSTEM_ERROR),
          Map.entry("4.1", NETWORK_ERROR),
          Map.entry("4.2", NETWORK_ERROR),
          Map.entry("4.3", SYSTEM_ERROR),
          Map.entry("4.4", HOST_UNKNOWN),
          Map.entry("4.5", SYSTEM_FULL),
          Map.entry("4.6", NETWORK_ERROR),
          Map.entry("4.7", EXPIRED),
          // x.5.1 invalid command, x.5.2 syntax error (RFC 3463)
          Map.entry("5.1", SYNTAX_ERROR),
          Map.entry("5.2", SYNTAX_ERROR),
          // x.5.3 too many recipients in one transaction
          Map.entry("5.3", TOO_MANY_CONN),
          Map.entry("5.4", SYNTAX_ERROR),
          Map.entry("5.6", SYNTAX_ERROR),
          Map.entry("6.0", CONTENT_ERROR),
          Map.entry("6.1", CONTENT_ERROR),
          Map.entry("6.2", CONTENT_ERROR),
          Map.entry("6.3", CONTENT_ERROR),
          Map.entry("6.5", CONTENT_ERROR),
          Map.entry("6.6", CONTENT_ERROR),
          Map.entry("6.7", CONTENT_ERROR),
          Map.entry("6.8", CONTENT_ERROR),
          Map.entry("6.9", CONTENT_ERROR),
          Map.entry("7.4", SECURITY_ERROR),
          Map.entry("7.5", SECURITY_ERROR),
          Map.entry("7.6", SECURITY_ERROR),
          Map.entry("7.7", SECURITY_ERROR),
          Map.entry("7.8", SECURITY_ERROR),
          Map.entry("7.10", SECURITY_ERROR),
          Map.entry("7.11", SECURITY_ERROR),
          Map.entry("7.13", SUSPEND),
          Map.entry("7.14", SECURITY_ERROR),
          Map.entry("7.15", SECURITY_ERROR),
          Map.entry("7.16", MESSAGE_TOO_BIG),
          // RFC 7293: the mailbox or the domain now belongs to someone else
          Map.entry("7.17", HAS_MOVED),
          Map.entry("7.18", HAS_MOVED),
          Map.entry("7.19", SECURITY_ERROR),
          Map.entry("7.20", AUTH_FAILURE),
          Map.entry("7.21", AUTH_FAILURE),
          Map.entry("7.22", AUTH_FAILURE),
          Map.entry("7.23", AUTH_FAILURE),
          Map.entry("7.24", AUTH_FAILURE),
          Map.entry("7.25", REQUIRE_PTR),
          Map.entry("7.26", AUTH_FAILURE),
          Map.entry("7.27", NOT_ACCEPT),
          // the registry: the message looks part of a flood of similar abusive messages
          // x.7.29 (ARC) and x.7.30 (REQUIRETLS) are left to the words: Gmail sends them for TLS
          // and DKIM refusals
          Map.entry("7.28", SPAM_DETECTED),
          Map.entry("7.9", POLICY_VIOLATION));

  private StatusCodeReasons() {}

  public static Optional<BounceReason> of(String status) {
    if (status == null || status.length() < 5) {
      return Optional.empty();
    }
    String detail = status.substring(2);
    BounceReason reason = BY_DETAIL.get(detail);
    if (reason != null) {
      return Optional.of(reason);
    }
    // Exchange Online's three-digit codes, as its non-delivery report reference documents them
    return MicrosoftStatusCodes.of(status);
  }
}
