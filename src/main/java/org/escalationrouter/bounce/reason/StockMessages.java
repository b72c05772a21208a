package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;
import static org.escalationrouter.bounce.reason.ReasonTable.from;
import static org.escalationrouter.bounce.reason.ReasonTable.row;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fixed wording that particular mail systems always use for one cause. Unlike the general phrase
 * table, a match here is not second-guessed by the SMTP phase: the system that wrote it checked its
 * own directory or policy, so the wording means exactly one thing. Patterns run on lower-cased text
 * with white space folded.
 */
public final class StockMessages {

  private static final ReasonTable TABLE =
      new ReasonTable(
          List.of(
              // a directory or address book lookup that found no such recipient, or a server
              // calling
              // the recipient itself invalid, is about the address, whatever the phase
              row(
                  USER_UNKNOWN,
                  "not listed in (the )?[\\w&. ]{0,40}(directory|address book)",
                  "recipient name is not recognized",
                  "invalid recipient",
                  "destinataire (invalide|inconnu)",
                  "(destinatario|empfänger) (ungültig|unbekannt|no válido|non valido|inesistente)"),
              // Exchange Online directory lookups
              from(
                  Set.of("lhost-office365", "rhost-microsoft"),
                  USER_UNKNOWN,
                  "resolver\\.adr\\.recipient ?not ?found",
                  "recipient not found by smtp address lookup"),
              row(USER_UNKNOWN, "recipient address rejected: access denied"),
              // the same directory lookup in French ("non répertorié dans l'annuaire")
              row(USER_UNKNOWN, "non r\\S{0,2}pertori\\S{0,3} dans l'annuaire"),
              // a URL or domain in the message on a block list is about the content, not the host
              row(
                  SPAM_DETECTED,
                  "(blacklisted|blocklisted|listed) (url|uri|link)s?\\b",
                  "(url|uri|link)s? (is |are )?(blacklisted|blocklisted)"),
              // a list manager refusing a post from someone who is not on the list
              row(
                  REJECTED,
                  "not a member of (this|the) (mailing )?list",
                  "not member article from"),
              // a mailbox switched off by its administrator
              row(SUSPEND, "administrativ\\w* (disabled|locked|suspended)"),
              // Outlook.com / Hotmail's answer to RCPT TO for an address it does not host
              from(
                  Set.of("rhost-outlook"),
                  USER_UNKNOWN,
                  "requested action not taken: mailbox unavailable \\(-?\\d"),
              // Yahoo's and Verizon's own answers about their users
              row(USER_UNKNOWN, "this user doesn't have a \\S{1,64} account"),
              from(Set.of("lhost-verizon"), USER_UNKNOWN, "no valid recipients for this mm"),
              // Sendmail's local delivery agent finding no such local account
              from(Set.of("rfc3464"), USER_UNKNOWN, "mail\\.local: unknown user"),
              // au (EZweb): the subscriber's domain filter refused the sender, or the service is
              // off
              from(
                  Set.of("lhost-ezweb"),
                  FILTERED,
                  "each of the following recipients was rejected by a remote mail server"),
              from(Set.of("lhost-ezweb"), SUSPEND, "the user\\(s\\) account is disabled"),
              // Exim's own fixed messages (its routers, transports and address parser), which any
              // Exim installation emits in these words
              from(
                  Set.of("lhost-exim"),
                  HOST_UNKNOWN,
                  "all host address lookups failed permanently",
                  "all relevant mx records point to non-existent hosts"),
              from(
                  Set.of("lhost-exim"),
                  NOT_ACCEPT,
                  "an mx or srv record indicated no smtp service",
                  "no host found for existing smtp connection"),
              from(
                  Set.of("lhost-exim"),
                  SYNTAX_ERROR,
                  "angle-brackets nested too deep",
                  "domain missing in source-routed address"),
              from(
                  Set.of("lhost-exim"),
                  SYSTEM_ERROR,
                  "delivery to (file|pipe) forbidden",
                  "local delivery failed"),
              from(Set.of("lhost-exim"), CONTENT_ERROR, "too many \"received\" headers"),
              from(Set.of("lhost-exim"), SYSTEM_ERROR, "lmtp error after"),
              from(Set.of("lhost-exim"), EXPIRED, "has been frozen", "was frozen on arrival"),
              from(
                  Set.of("lhost-exim"),
                  EXPIRED,
                  "retry time not reached for any host",
                  "all hosts have been failing for a long time"),
              // fixed messages of other mail systems, each in its own words (as Sisimai's lhost
              // modules list them): Courier, Domino, Exchange 2007's resolver codes, fml, Gmail,
              // KDDI, Sun/Oracle Messaging Server, OpenSMTPD and qmail-ldap
              from(Set.of("lhost-courier"), SYSTEM_ERROR, "dns violates rfc ?1035"),
              from(Set.of("lhost-domino"), FILTERED, "cannot route mail to user"),
              from(Set.of("lhost-domino"), SYSTEM_ERROR, "several matches found in"),
              from(
                  Set.of("lhost-exchange2007"),
                  SYSTEM_ERROR,
                  "resolver\\.adr\\.(invalidinsmtp|ambiguous|badprimary)"),
              from(Set.of("lhost-exchange2007"), REJECTED, "resolver\\.rst\\.notauthorized"),
              from(
                  Set.of("lhost-fml"),
                  SYSTEM_ERROR,
                  "loop alert:",
                  "loop back warning",
                  "unix from loop",
                  "fml system error"),
              from(Set.of("lhost-fml"), SECURITY_ERROR, "security alert"),
              from(Set.of("lhost-gmail"), HOST_UNKNOWN, "dns server returned answer with no data"),
              from(Set.of("lhost-kddi"), NO_RELAYING, "following smtp relay error"),
              from(Set.of("lhost-messagingserver"), HOST_UNKNOWN, "illegal host/domain name found"),
              from(Set.of("lhost-opensmtpd"), SECURITY_ERROR, "could not retrieve credentials"),
              from(
                  Set.of("lhost-opensmtpd"),
                  NETWORK_ERROR,
                  "address family mismatch on destination",
                  "all routes to destination blocked",
                  "no valid route to remote mx",
                  "loop detected"),
              from(Set.of("lhost-qmail"), NETWORK_ERROR, "listed as a best-preference mx"),
              from(
                  Set.of("lhost-qmail"),
                  SYSTEM_ERROR,
                  "ldap (server|attribute)",
                  "while executing qmail-forward"),
              from(Set.of("lhost-qmail"), EXCEED_LIMIT, "maximum size the user accepts"),
              // Postfix's pipe(8) and local(8) quoting a delivery program that failed
              from(Set.of("lhost-postfix"), MAILER_ERROR, "command output:"),
              // OpenSMTPD's verdicts on a domain without mail exchangers, and on unreachable ones
              from(Set.of("lhost-opensmtpd"), NOT_ACCEPT, "no mx found for domain"),
              from(Set.of("lhost-opensmtpd"), NETWORK_ERROR, "network error on destination mxs"),
              // Gmail refusing a malformed message, and Google Groups refusing a post it scored as
              // spam; both mention spam or SPF in passing, which the general table would take first
              from(
                  Set.of("rhost-google"),
                  NOT_COMPLIANT_RFC,
                  "this message is not rfc ?5322 compliant"),
              from(Set.of("rhost-gsuite"), SPAM_DETECTED, "rejected due to spam classification"),
              // Tencent QQ Mail: too many connections or messages from one IP or domain
              from(Set.of("rhost-tencent"), TOO_MANY_CONN, "(ip|domain|sender) frequency limited"),
              // Mimecast: the customer's policy does not permit mail from the sending network
              from(Set.of("rhost-mimecast"), POLICY_VIOLATION, "host network not allowed"),
              // Gmail refusing to send as an alias whose 'Send mail as' settings are stale
              from(Set.of("lhost-googleworkspace"), REJECTED, "using the 'send mail as' feature")));

  private StockMessages() {}

  public static Optional<BounceReason> match(String normalisedText, RuleScope scope) {
    return TABLE.match(normalisedText, scope);
  }
}
