package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;

import java.util.Set;

/**
 * Settles a specific status code and the server's words naming different reasons. Most codes are
 * firm: a 5.2.2 is a full mailbox whatever the text around it. A few are used loosely by servers
 * for whatever went wrong (x.1.2, x.2.1, x.4.x, x.5.x, x.7.x), and then the words, which name the
 * cause, win. A mailbox code (x.1.1) yields only to words saying the mailbox exists but cannot take
 * the message (full, disabled, moved, a local delivery program failing), or that the sender, not
 * the address, was refused.
 */
public final class CodeTextDisagreement {

  /** Reasons whose codes servers use for many causes. */
  private static final Set<BounceReason> LOOSE_CODES =
      Set.of(
          HOST_UNKNOWN,
          SYSTEM_ERROR,
          SYSTEM_FULL,
          SECURITY_ERROR,
          NETWORK_ERROR,
          EXPIRED,
          CONTENT_ERROR,
          SYNTAX_ERROR,
          NOT_ACCEPT,
          REJECTED,
          // x.7.9 is Yahoo's "not accepted for policy reasons" and also its refusal of an
          // unauthenticated sender; the words say which
          POLICY_VIOLATION,
          // x.2.1 "mailbox disabled" is sent for unknown users and rate limits alike
          SUSPEND);

  /** Words that overrule a mailbox code: the address exists, or the sender was refused. */
  private static final Set<BounceReason> OVERRULE_MAILBOX_CODE =
      Set.of(
          MAILBOX_FULL,
          EXCEED_LIMIT,
          MESSAGE_TOO_BIG,
          SUSPEND,
          HAS_MOVED,
          REJECTED,
          BLOCKED,
          NOT_ACCEPT,
          NO_RELAYING,
          AUTH_FAILURE,
          REQUIRE_PTR,
          BAD_REPUTATION,
          SPEEDING,
          TOO_MANY_CONN,
          MAILER_ERROR,
          // the recipient's own settings refused the sender: the mailbox is there
          FILTERED);

  private CodeTextDisagreement() {}

  public static BounceReason settle(BounceReason byCode, BounceReason byText) {
    if (LOOSE_CODES.contains(byCode)) {
      return byText;
    }
    if (byCode == USER_UNKNOWN) {
      return OVERRULE_MAILBOX_CODE.contains(byText) ? byText : byCode;
    }
    return byCode;
  }
}
