package org.escalationrouter.bounce.reason;

import java.util.Locale;

/**
 * Why a message could not be delivered, named as Sisimai names its reasons so that figures can be
 * compared with its labelled samples. {@code FEEDBACK}, {@code VACATION} and {@code DELIVERED} are
 * used on records of the non-bounce kinds.
 */
public enum BounceReason {
  AUTH_FAILURE("authfailure"),
  BAD_REPUTATION("badreputation"),
  BLOCKED("blocked"),
  CONTENT_ERROR("contenterror"),
  EXCEED_LIMIT("exceedlimit"),
  EXPIRED("expired"),
  FAILED_STARTTLS("failedstarttls"),
  FILTERED("filtered"),
  HAS_MOVED("hasmoved"),
  HOST_UNKNOWN("hostunknown"),
  MAILBOX_FULL("mailboxfull"),
  MAILER_ERROR("mailererror"),
  MESSAGE_TOO_BIG("mesgtoobig"),
  NETWORK_ERROR("networkerror"),
  NOT_ACCEPT("notaccept"),
  NOT_COMPLIANT_RFC("notcompliantrfc"),
  NO_RELAYING("norelaying"),
  ON_HOLD("onhold"),
  POLICY_VIOLATION("policyviolation"),
  REJECTED("rejected"),
  REQUIRE_PTR("requireptr"),
  SECURITY_ERROR("securityerror"),
  SPAM_DETECTED("spamdetected"),
  SPEEDING("speeding"),
  SUSPEND("suspend"),
  SYNTAX_ERROR("syntaxerror"),
  SYSTEM_ERROR("systemerror"),
  SYSTEM_FULL("systemfull"),
  TOO_MANY_CONN("toomanyconn"),
  USER_UNKNOWN("userunknown"),
  VIRUS_DETECTED("virusdetected"),
  UNDEFINED("undefined"),
  FEEDBACK("feedback"),
  VACATION("vacation"),
  DELIVERED("delivered");

  private final String wireName;

  BounceReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /**
   * The one hard/soft rule: a hard bounce means the address itself will never work again, so it
   * should be failed over at once. A full mailbox or a blocked sender may clear up.
   */
  public boolean isHard(String status, String replyCode) {
    return switch (this) {
      case USER_UNKNOWN, HOST_UNKNOWN, HAS_MOVED -> true;
      case NOT_ACCEPT -> !temporary(status, replyCode);
      default -> false;
    };
  }

  /** A domain that takes no mail stays that way unless the server said to try again. */
  private static boolean temporary(String status, String replyCode) {
    if (status != null && !status.isEmpty()) {
      return status.startsWith("4");
    }
    return replyCode != null && replyCode.startsWith("4");
  }

  public static BounceReason fromWireName(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (BounceReason reason : values()) {
      if (reason.wireName.equals(wanted)) {
        return reason;
      }
    }
    return UNDEFINED;
  }
}
