package org.escalationrouter.bounce;

import static org.escalationrouter.bounce.BounceReason.*;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fixed wording that particular mail systems always use for one cause. Unlike the general phrase
 * table, a match here is not second-guessed by the SMTP phase: the system that wrote it checked its
 * own directory or policy, so the wording means exactly one thing. Patterns run on lower-cased text
 * with white space folded.
 */
final class StockMessages {

  record Row(BounceReason reason, Pattern pattern) {}

  private static Row row(BounceReason reason, String... phrases) {
    return new Row(reason, Pattern.compile(String.join("|", phrases)));
  }

  private static final List<Row> TABLE =
      List.of(
          row(
              USER_UNKNOWN,
              // Lotus Domino and Notes directory lookups
              "not listed in (the )?domino directory",
              "not listed in public name (&|and) address book",
              // Exchange 2000/2003 and Exchange Online directory lookups
              "the recipient name is not recognized",
              "resolver\\.adr\\.recipient ?not ?found",
              "recipient not found by smtp address lookup",
              "recipient address rejected: access denied",
              // Outlook.com / Hotmail's answer to RCPT TO for an address it does not host
              "requested action not taken: mailbox unavailable \\(-?\\d",
              // Yahoo's and Verizon's own answers about their users
              "this user doesn't have a \\S{1,64} account",
              "no valid recipients for this mm",
              // Sendmail's local delivery agent finding no such local account
              "mail\\.local: unknown user"),
          row(
              SUSPEND,
              // au (EZweb): the subscriber's mail service is switched off
              "the user\\(s\\) account is disabled"),
          row(
              MAILER_ERROR,
              // Postfix's pipe(8) and local(8) quoting a delivery program that failed
              "command output:"),
          row(
              NOT_ACCEPT,
              // OpenSMTPD's verdict on a domain without mail exchangers
              "no mx found for domain"),
          row(NETWORK_ERROR, "network error on destination mxs"),
          // Gmail refusing a malformed message, and Google Groups refusing a post it scored as
          // spam;
          // both mention spam or SPF in passing, which the general table would take first
          row(NOT_COMPLIANT_RFC, "this message is not rfc ?5322 compliant"),
          row(SPAM_DETECTED, "rejected due to spam classification"),
          // Tencent QQ Mail: too many connections or messages from one IP or domain
          row(TOO_MANY_CONN, "(ip|domain|sender) frequency limited"),
          // Mimecast: the customer's policy does not permit mail from the sending network
          row(POLICY_VIOLATION, "host network not allowed"),
          row(
              REJECTED,
              // Gmail refusing to send as an alias whose 'Send mail as' settings are stale
              "using the 'send mail as' feature"),
          row(
              BLOCKED,
              // Japanese ISPs refusing direct-to-MX mail from dynamic ranges (OP25B)
              "please use the smtp server of your isp"));

  private StockMessages() {}

  static Optional<BounceReason> match(String normalisedText) {
    if (normalisedText.isBlank()) {
      return Optional.empty();
    }
    for (Row row : TABLE) {
      if (row.pattern().matcher(normalisedText).find()) {
        return Optional.of(row.reason());
      }
    }
    return Optional.empty();
  }
}
