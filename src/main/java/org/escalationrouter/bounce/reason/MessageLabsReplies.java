package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Replies of Symantec/Broadcom Email Security.cloud (MessageLabs), as its knowledge base explains
 * them. Its "No such user" and "Invalid recipient" come from the customer's address list, so they
 * mean the address, not a content filter.
 */
final class MessageLabsReplies {

  private record Row(BounceReason reason, Pattern pattern) {}

  private static final List<Row> TABLE =
      List.of(
          new Row(SECURITY_ERROR, Pattern.compile("turn on smtp authentication")),
          new Row(AUTH_FAILURE, Pattern.compile("domain authentication fail")),
          new Row(BAD_REPUTATION, Pattern.compile("connection rejected by policy")),
          new Row(NO_RELAYING, Pattern.compile(" as a relay, ")),
          new Row(NOT_COMPLIANT_RFC, Pattern.compile("not rfc ?5322|stray linefeeds")),
          new Row(
              REJECTED,
              Pattern.compile(
                  "sender envelope domain not allowed|your (domain|email address) has been "
                      + "(blocked|blacklisted)|badmailfrom list")),
          new Row(SPAM_DETECTED, Pattern.compile("message filtered|filtered by outbound scanning")),
          new Row(
              USER_UNKNOWN,
              Pattern.compile("no such user|invalid recipient|mailbox is not allowed")));

  private MessageLabsReplies() {}

  static Optional<BounceReason> match(String normalisedText) {
    for (Row row : TABLE) {
      if (row.pattern().matcher(normalisedText).find()) {
        return Optional.of(row.reason());
      }
    }
    return Optional.empty();
  }
}
