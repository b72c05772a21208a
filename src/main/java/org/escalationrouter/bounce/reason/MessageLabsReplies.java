package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;
import static org.escalationrouter.bounce.reason.ReasonTable.row;

import java.util.List;
import java.util.Optional;

/**
 * Replies of Symantec/Broadcom Email Security.cloud (MessageLabs), as its knowledge base explains
 * them. Its "No such user" and "Invalid recipient" come from the customer's address list, so they
 * mean the address, not a content filter.
 */
final class MessageLabsReplies {

  private static final ReasonTable TABLE =
      new ReasonTable(
          List.of(
              row(SECURITY_ERROR, "turn on smtp authentication"),
              row(AUTH_FAILURE, "domain authentication fail"),
              row(BAD_REPUTATION, "connection rejected by policy"),
              row(NO_RELAYING, " as a relay, "),
              row(NOT_COMPLIANT_RFC, "not rfc ?5322", "stray linefeeds"),
              row(
                  REJECTED,
                  "sender envelope domain not allowed",
                  "your (domain|email address) has been (blocked|blacklisted)",
                  "badmailfrom list"),
              row(SPAM_DETECTED, "message filtered", "filtered by outbound scanning"),
              row(USER_UNKNOWN, "no such user", "invalid recipient", "mailbox is not allowed")));

  private MessageLabsReplies() {}

  static Optional<BounceReason> match(String normalisedText) {
    // no row names a family: whether MessageLabs answered is decided by ProviderCodes
    return TABLE.match(normalisedText, RuleScope.ALL);
  }
}
