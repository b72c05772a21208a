package org.escalationrouter.bounce;

import static org.escalationrouter.bounce.BounceReason.*;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phrase table: for each reason, the wording mail servers use for it. Rows are tried in order
 * and the first that matches wins, so narrow causes (a sender's missing PTR record, an SPF failure)
 * come before the broad words that often surround them ("rejected", "blocked"). Patterns run on
 * lower-cased text with runs of white space folded to one space.
 */
final class ReasonPhrases {

  record Row(BounceReason reason, Pattern pattern) {}

  private static Row row(BounceReason reason, String... phrases) {
    return new Row(reason, Pattern.compile(String.join("|", phrases)));
  }

  private static final List<Row> TABLE =
      List.of(
          row(VIRUS_DETECTED, "virus", "malware", "infected", "malicious (content|attachment)"),
          // a DNS failure reported when a retry window ran out is still a DNS failure
          row(NETWORK_ERROR, "dns query failed", "querying the domain name system"),
          row(
              FAILED_STARTTLS,
              "starttls (negotiation )?(failed|error)",
              "tls (negotiation|handshake) (failed|error)",
              "does not support (starttls|tls)",
              "could not (establish|negotiate) (a )?(secure|tls|encrypted)"),
          row(
              REQUIRE_PTR,
              "reverse (dns|lookup|hostname|host name|address|mapping)",
              "\\bptr\\b",
              "\\brdns\\b",
              "cannot find your (host ?name|domain)",
              "unresolvable (relay )?host ?name",
              "ip name (lookup|possibly forged)",
              "no (dns )?hostname for your ip",
              "(hostname|host name) (does not|doesn't|did not) (match|resolve)",
              "(forward-confirmed|fcrdns)"),
          row(
              AUTH_FAILURE,
              "\\bspf\\b",
              "\\bdkim\\b",
              "\\bdmarc\\b",
              "sender policy framework",
              "domainkeys",
              "(fails?|failed) (to pass )?(sender )?authentication checks?",
              "authentication checks? failed",
              "unauthenticated (e-?mail|message)s? from",
              "does not have authentication information",
              "does not (pass|meet) .{0,40}authentication",
              "not authenticated with (spf|dkim)"),
          row(
              SYSTEM_FULL,
              "insufficient (system storage|system resources|disk space)",
              "(system|disk|file ?system|server) (is |storage )?full",
              "no space left"),
          row(
              MAILBOX_FULL,
              "mail ?(box|folder) (is |has become |became )?(full|over ?quota)",
              "mail ?(box|folder) exceeds",
              "over ?quota",
              "quota (exceeded|full|violation)",
              "exceed(s|ed)? (the |his |her |its |their )?(mail ?box )?(storage |disk )?quota",
              "(mail ?box|inbox|mail folder|account) (is )?(full|out of (disk )?space)",
              "(mail ?box|account) (size )?(limit )?(has )?exceeded",
              "(user|recipient)'?s? (mail ?box|disk|storage) (is )?(full|exceeded)",
              "insufficient (storage space|quota)",
              "(recipient|user) (is )?over ?(the )?(storage )?limit",
              "not enough (storage|space) (in|on) (the )?mail ?box",
              "mail ?box (storage|capacity) (limit|exceeded|full)",
              "too many messages in (the|this) mail ?box"),
          row(
              MESSAGE_TOO_BIG,
              "message (size )?(is )?too (big|large|long)",
              "message (size|length) exceeds",
              "exceeds? (the )?(maximum|fixed|allowed) (allowed )?(message )?size",
              "size (of the message )?exceeds (the )?(allowed|maximum|fixed|size)",
              "(mail|message) size limit",
              "line (length )?limit exceeded"),
          row(
              EXCEED_LIMIT,
              "exceeds? (the )?(recipient|mail ?box)'?s? (size )?limit",
              "message (is )?larger than (the )?(recipient|mail ?box)"),
          row(
              HAS_MOVED,
              "(address|mail ?box|user|recipient) has (been )?(moved|changed)",
              "has moved",
              "no longer (valid|available) at this address, .{0,40}new address"),
          row(
              SYNTAX_ERROR,
              "syntax error",
              "malformed (recipient |mail )?address",
              "(command|verb) (not )?(recognized|unrecognized|understood)",
              "unrecognized command",
              "(bad|improper) sequence of commands"),
          row(
              NO_RELAYING,
              "relay(ing)? (access )?(is )?(denied|not (permitted|allowed)|prohibited|refused)",
              "(not permitted|not allowed|unable|cannot|can't) (to )?relay",
              "we do not relay",
              "not configured to relay",
              "relay not permitted",
              "(not|no) relay"),
          row(
              REJECTED,
              "sender (address |domain )?(rejected|denied|refused|blocked|invalid)",
              "(sender|from|envelope)( address)? (domain )?(does not|doesn't) exist",
              "domain of sender",
              "sender (domain|address) .{0,30}(not found|unknown|does not exist|not resolve)",
              "sender verif\\w* fail",
              "(unroutable|invalid|unknown|bad) sender",
              "return path",
              "purported responsible address",
              "\\bfrom:? domain (is )?(invalid|unknown|not found)",
              "mail from .{0,40}(rejected|refused|not allowed|denied)",
              "your (e-?mail )?address (is|has been) (not allowed|blocked|rejected|blacklisted)",
              "not accept(ing)? mail from (you|your|this sender)",
              "address .{0,30} has been blacklisted"),
          row(
              BAD_REPUTATION,
              "reputation",
              "unexpected volume",
              "user complaints",
              "sender score",
              "messages? from .{0,60} temporarily deferred"),
          row(
              SUSPEND,
              "(account|mail ?box|address|user) (is |has been )?(temporarily )?"
                  + "(suspended|disabled|deactivated|locked|frozen|inactive|expired|closed)",
              "(suspended|disabled|inactive|deactivated) (account|mail ?box|user)",
              "(is|are) (not|no longer) (active|in use|used|being used)",
              "temporar(y|ily) locked",
              "mail ?box (is )?not (active|enabled)",
              "no longer (in use|used|active)"),
          row(
              EXPIRED,
              "will be retried",
              "retried for",
              "(too long|for too long) in (the )?queue",
              "in the queue too long",
              "message expired",
              "\\d+ (delivery )?attempts",
              "not (been )?delivered within \\d+ (days?|hours?)",
              "aborted after \\d+(\\.\\d+)? (hours?|hour\\(s\\)|days?)"),
          row(
              NOT_ACCEPT,
              "null mx",
              "(does not|doesn't|do not|not) accept(ing)? (any )?(network )?(e-?)?(mail|messages)",
              "no mail (service|exchanger)",
              "(couldn't|could not|cannot|can't) find a mail exchanger",
              "no mx record"),
          row(NETWORK_ERROR, "name server reply", "malformed or unexpected name server"),
          row(
              HOST_UNKNOWN,
              "host ?(or domain name )?(not found|unknown)",
              "unknown host",
              "host name lookup fail",
              "no such (domain|host)",
              "(domain|host) (name )?(does not|doesn't) exist",
              "domain (name )?(not found|unknown|is invalid)",
              "name service error",
              "unroutable (mail )?domain",
              "unrouteable (mail )?domain",
              "unknown domain",
              "nxdomain",
              "no (mx|dns|a) (record|entries)",
              "(dns|mx) (lookup|record|records) .{0,20}(fail|not found)",
              "unable to resolve",
              "unrouteable address",
              "domain (is not reachable|may not exist)",
              "(?<![@\\w.-])(?:[a-z0-9-]+\\.)+[a-z]{2,} does not exist"),
          row(
              USER_UNKNOWN,
              "user ?(name )?(unknown|not found|does not exist|doesn't exist)",
              "unknown (user|recipient|mail ?box|address|local ?part|account|alias)",
              "no such (user|mail ?box|recipient|address|account|person|local user)",
              "(user|mail ?box|recipient|address|account|local part|e-?mail address|e-?mail account)"
                  + "( name)? (\\S+ )?(does not|doesn't|dose not|did not) exist",
              "not exist",
              "invalid (recipient|mail ?box|address|user|e-?mail address)",
              "recipient (address )?(not found|unknown|invalid)",
              "(mail ?box|account|recipient|address) (was )?not found",
              "(is )?not a (valid|known) (mail ?box|user|recipient|address)",
              "no (valid )?mail ?box",
              "no valid recipients",
              "recip\\w*notfound",
              "couldn't be found",
              "could not be found",
              "not listed in",
              "bad destination mail ?box",
              "mail ?box unavailable",
              "(address|recipient) (is )?(unknown|invalid)",
              "unknown or illegal",
              "doesn't have an? .{0,20}account",
              "does not have an? .{0,20}account",
              "(mail ?box|user|recipient|address) (is )?(no longer|not) (available|valid)"),
          row(
              SPAM_DETECTED,
              "spam(?!haus|cop)",
              "unsolicited",
              "junk (mail|e-?mail)",
              "bulk (e-?)?mail",
              "\\buce\\b",
              "content (was )?(rejected|refused)"),
          row(USER_UNKNOWN, "recipient address rejected: access denied"),
          row(
              BLOCKED,
              "black ?list",
              "block ?list",
              "\\bdnsbl\\b",
              "\\brbl\\b",
              "spamhaus",
              "spamcop",
              "listed (at|in|on|by)",
              "\\b(client|host|ip|your ip|ip address)\\b[^.]{0,60}(blocked|refused|denied|rejected)",
              "(blocked|banned) (ip|host|sender|server|using)",
              "access denied",
              "refused to talk to me",
              "service refused",
              "not allowed to (connect|send)",
              "have been blocked",
              "has been blocked",
              "temporarily blocked",
              "unwanted messages (have been|were) sent from",
              "(invalid|unauthori[sz]ed|unverifiable) ip (address )?for sending"),
          row(
              TOO_MANY_CONN,
              "too many (connections|sessions|concurrent|simultaneous|recipients)",
              "connection (limit|rate)",
              "(connections|sessions) .{0,20}exceeded"),
          row(
              SPEEDING,
              "rate limit",
              "(sending|message) rate",
              "too many (messages|emails|mails)",
              "receiving mail at a rate",
              "throttl",
              "(sent|sending) too (many|much)"),
          row(
              SECURITY_ERROR,
              "authenticat(e|ion) (is )?required",
              "unauthenticated senders?",
              "must (be )?authenticat",
              "(tls|encryption|starttls|ssl) (is )?required",
              "must issue a starttls",
              "(security|encryption) (policy|requirement)",
              "certificate",
              "(authentication|credentials) (failed|invalid)",
              "not authorized to send",
              "delivery not authori[sz]ed"),
          row(
              NOT_COMPLIANT_RFC,
              "(?<![=\\w])rfc ?(5322|2822|822|5321|2821)\\b",
              "not (rfc )?compliant",
              "(multiple|duplicate|missing) (\\w+ )?header",
              "multiple addresses in from:? header",
              "header (is )?(missing|malformed|invalid)",
              "malformed (message|header)"),
          row(
              POLICY_VIOLATION,
              "polic(y|ies)",
              "content presents a potential",
              "prohibited",
              "not allowed (by|in) (our|the|this)",
              "violat"),
          row(
              CONTENT_ERROR,
              "content (error|encoding)",
              "(invalid|illegal|malformed) (mime|content|character|charset|attachment)",
              "\\bmime\\b",
              "8-?bit"),
          row(SYSTEM_FULL, "out of (disk )?space"),
          row(
              NETWORK_ERROR,
              "network (is )?unreachable",
              "host (is )?unreachable",
              "no route to host",
              "connection (refused|reset|closed|dropped)",
              "lost connection",
              "(could not|couldn't|unable to|failed to) (connect|establish)",
              "too many hops",
              "hop count",
              "(mail|routing|forwarding) loop",
              "loops back",
              "looping",
              "name server",
              "dns (error|failure|problem|server)",
              "temporary failure in name resolution"),
          row(
              MAILER_ERROR,
              "mailer (error|failed|died)",
              "command (died|failed|output)",
              "exit (code|status)",
              "procmail",
              "unknown mailer",
              "x-unix",
              "pipe to"),
          row(
              SYSTEM_ERROR,
              "system (error|failure|problem|config)",
              "internal (server )?(error|failure)",
              "(local|server) (configuration|config) (error|problem)",
              "temporary (local |server )?(problem|error|failure)",
              "server (error|failure)",
              "service (is )?(currently |temporarily )?(not |un)available",
              "(queue file )?write error",
              "try again later",
              "duplicated? message-id"),
          row(
              EXPIRED,
              "expired",
              "time ?out",
              "timed out",
              "(retry|delivery) (time|period|timeout) (exceeded|expired)",
              "giv(e|ing|en) up",
              "gave up",
              "could not be delivered (with)?in",
              "(has been|is|was) delayed",
              "delivery (is )?delayed",
              "(still|will (continue|keep)|keep) (trying|retrying|attempting|to try)",
              "not yet been delivered",
              "too long in (the )?queue",
              "could not (deliver|send) (the )?(message|mail) for"),
          row(
              FILTERED,
              "filter(ed|ing)?",
              "refused by (the )?recipient",
              // au (EZweb) when its subscriber's domain filter refused the sender
              "each of the following recipients was rejected by a remote mail server",
              "(recipient|user) (has )?(blocked|rejected|refused)",
              "denied by (the )?recipient"),
          row(REJECTED, "permission to post"));

  private ReasonPhrases() {}

  /** The first reason whose wording appears in the normalised text. */
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
