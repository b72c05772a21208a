package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;
import static org.escalationrouter.bounce.reason.ReasonTable.row;

import java.util.List;

/**
 * First part of the phrase table: causes narrow enough to beat the words around them (virus, TLS,
 * PTR, SPF/DKIM, quota and size, relaying, sender refusals, bad domains and mailboxes).
 */
final class NarrowCausePhrases {

  static final List<ReasonTable.Row> ROWS =
      List.of(
          // a From: header not aligned with the domain SPF or DKIM vouched for names RFC 5322 in
          // passing; the cause is the authentication
          row(AUTH_FAILURE, "(not|isn't|is not) aligned with .{0,60}(spf|dkim)"),
          // the envelope sender's domain does not resolve, however the reply names the RFC
          row(
              REJECTED,
              "unresolvable [\\w.]{0,20} ?(from|sender) domain",
              // our sender address, domain or identity refused or unknown to the receiver, before
              // the RFC it may cite or a word in the domain's name
              "(sender|from|envelope|return) (e-?mail )?(address|domain)( \\S+)? (is |was )?"
                  + "(not (permitted|allowed|verified|valid|accepted|confirmed|authori[sz]ed)"
                  + "|unverified|invalid|refused|denied)",
              "(e-?mail address|identity|identities) (is |are )?not verified",
              "not an? (verified |confirmed |registered )?sender (signature|identity|address)",
              "unverified sender"),
          row(
              NOT_COMPLIANT_RFC,
              // not the address type of a delivery-status field ("Final-Recipient: rfc822; ...");
              // the SMTP RFCs (5321, 2821) only about an address's form, since a server naming
              // them next to a refused command means the command, a syntax error
              "(?<![=\\w])rfc ?(5322|2822|822)\\b(?! ?;)",
              "rfc ?(5321|2821) (e-?mail )?address",
              "not (rfc )?compliant",
              "(multiple|duplicate|missing) (\\w+ )?header",
              // a header the format requires left out or left empty
              "(required|mandatory) (\\w+ )?header",
              "(blank|empty|missing) (from|date|message-id|subject|to):? (address|header|field)",
              "multiple addresses in from:? header",
              "header (is )?(missing|malformed|invalid)",
              "malformed (message|header)",
              "message is malformed",
              "missing a valid [\\w :-]{0,40}header",
              "encoded-word syntax is not permitted"),
          row(
              MAILER_ERROR,
              "mailer (error|failed|died)",
              "command (died|failed|output)",
              "exit (code|status)",
              "procmail",
              "unknown mailer",
              "x-unix",
              "pipe to",
              // a delivery program that ended with a failure status, in the words MTAs log it
              "(child )?process (of [\\w -]{0,40})?(returned|exited|terminated|died)( with)?"
                  + " (status |code |signal )?\\d+",
              "(program|command|pipe|delivery agent|\\bmda\\b) (exited|terminated|returned|died)"
                  + " (with )?(status|code|signal|error)"),
          row(
              VIRUS_DETECTED,
              "(?<!spam or )virus",
              "malware",
              "infected",
              "malicious (content|attachment)"),
          // a DNS failure reported when a retry window ran out is still a DNS failure
          row(NETWORK_ERROR, "dns query failed", "querying the domain name system"),
          row(
              FAILED_STARTTLS,
              "starttls (negotiation )?(failed|error)",
              "tls (negotiation|handshake) (failed|error)",
              "does not support (starttls|tls)",
              "(starttls|tls) (is )?(not available|unavailable|not offered|not supported)",
              "could not (establish|negotiate) (a )?(secure|tls|encrypted)",
              // the receiver insists on an encrypted session we did not offer
              "must issue a starttls",
              "(starttls|tls|encryption) (is )?required",
              "requires? (\\w+ ){0,4}(to use )?tls",
              "(sent|delivered) over a tls connection",
              // the receiving domain's published transport policy (RFC 8461) or DANE not met
              "mta-sts",
              "\\bdane\\b .{0,30}(fail|validation|mismatch)"),
          // the sending IP is refused for its volume or for not being on the receiver's allow list
          row(
              BLOCKED,
              "unusual rate of",
              "(rejected|refused) (due to|because of) (a |its )?listing in",
              "(ip|address) is (listed )?(in|on) spamhaus",
              "not (in|on) (the |our |my )?(whitelist|allowlist|allow list|list of allowed ips)"),
          row(
              REQUIRE_PTR,
              "reverse (dns|lookup|hostname|host name|address|mapping)",
              // a sending address the receiver cannot verify by its name (forward-confirmed DNS)
              "unverif[iy]able sending (ips?|hosts?|address(es)?)\\b",
              "\\bptr\\b",
              "\\brdns\\b",
              "cannot find your (host ?name|domain)",
              "unresolvable (relay )?host ?name",
              "ip name (lookup|possibly forged)",
              "no (dns )?hostname for your ip",
              "(hostname|host name) (does not|doesn't|did not) (match|resolve)",
              "(forward-confirmed|fcrdns)",
              "(domain|host ?name|helo) .{0,40}(mismatch(es)?|does not match) (the )?"
                  + "(client|connecting|sending) ip"),
          // the sending address said to be a source of spam is about the host, not this message
          row(
              BLOCKED,
              "(the |your |this |sending )(ip|ip address|host|server|network)\\b[^.]{0,40}(has been"
                  + "|is|was) (flagged|listed|identified|reported|known) [^.]{0,30}(as|for) "
                  + "(a )?(potential |known |suspected )?(spam|spammer|source of spam)"),
          // a server's own verdict that the message is spam, which may name SPF or DKIM in passing
          // ("rejected due to spam classification ... see our SPF guidelines")
          row(
              SPAM_DETECTED,
              "(classified|identified|detected|flagged|recogni[sz]ed|scored) as (spam|junk)",
              "spam (classification|verdict|score)",
              "(rejected|blocked|refused) (as|for being) (spam|junk)"),
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
          // the sending host is refused for the kind of network it sits in (dynamic, residential,
          // an open proxy), or told to go through its provider's server
          row(
              BLOCKED,
              "dynamic(ally assigned)? ip",
              "(dial-?up|residential|consumer|end-user) (ip|range|address|netblock|network|pool)",
              "smtp server of your (isp|provider)",
              "(use|via|through) your (isp|provider)'?s? (smtp|mail|outgoing|relay)",
              "open proxy",
              "looks (suspiciously )?like (a )?spammer",
              "(?<![\\w-])go away\\b",
              "confirm this mail server",
              "(your|this|the sending|the) (network|ip|ip address|server|host) (is |has been |was )?"
                  + "(temporar(il)?y )?(blacklisted|blocked|banned|blocklisted)",
              "too many (spams|unwanted messages) from your ip",
              // the sending server or network on the receiver's own list ("on our deny list")
              "(server|host|ip|ip address|network|client|sender) (is )?(on|in) (our|the|a|their) "
                  + "(deny ?list|block ?list|ban ?list|black ?list)",
              // the client itself or the name it gave in HELO was refused
              "(helo|ehlo) command rejected",
              "client host rejected",
              "(invalid|bad|bogus|forged) (helo|ehlo)",
              "(helo|ehlo) (name|host ?name|argument|greeting) .{0,40}(invalid|rejected|refused"
                  + "|not (valid|found|allowed|permitted))"),
          row(
              SYSTEM_FULL,
              "insufficient (system storage|system resources|disk space)",
              "(system|disk|file ?system|server) (is |storage )?full",
              "no space left",
              // the receiving host short of disk, its spool or queue full
              "(disk |storage )?space shortage|shortage of (disk |storage )?space",
              "(mail )?(spool|queue)( directory| area)? (is )?(full|out of space)",
              "(insufficient|not enough) (free )?disk space"),
          // the sender's own sending allowance used up: a rate limit, not the recipient's
          // mailbox, though the reply says "quota exceeded" as a full mailbox does
          row(
              SPEEDING,
              "(sending|outbound|outgoing|send|submission|message sending) (rate )?(quota|limit)"
                  + " (has been |is |was )?(exceeded|reached|hit)",
              "exceeded (the |your |its )?(daily |hourly )?(sending|outbound|outgoing) "
                  + "(quota|limit)",
              "(daily|hourly|per-?hour|per-?day) (sending |message |outbound )?(quota|limit) "
                  + "(has been |is |was )?(exceeded|reached)"),
          row(
              MAILBOX_FULL,
              "mail ?(box|folder) (is |has become |became )?(full|over ?quota)",
              // the recipient's storage used up, said as exhausted or run out
              "(has |have )?exhausted (its |his |her |their |the )?(allowed |allotted )?"
                  + "(storage|disk|mail ?box) ?(space|quota)?",
              "mail ?box (has )?(run|ran) out of (space|storage|room)",
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
              "too many messages in (the|this) mail ?box",
              // RFC 5321's own wording of 552 (and RFC 821's), which Sisimai files here too
              "exceeded (its |the )?storage allocation",
              "storage allocation exceeded",
              "too much mail data",
              "(disk|disc|diskspace|userdisk|maildir) quota",
              "full mail ?box",
              "mail ?box would exceed",
              "does not have enough (disk )?(space|storage)",
              "(space|quota) (has been |is )?used up",
              "exceed(s|ed|ing)? (its |his |her |their |the )?(mail ?box |disk |storage ){1,3}"
                  + "(quota|limit|space)",
              "reached (its |his |her |their |the )?(disk|storage|mail ?box) (quota|limit|capacity)",
              "mail ?box (is )?at (its )?capacity",
              "(no|not enough|insufficient) (free )?(space|storage)( left)? (in|on|for) "
                  + "(the |this |his |her |their )?(user'?s? |recipient'?s? )?mail ?box",
              "mail ?box (is )?(unavailable or|temporarily|currently) full",
              "(account|mail ?box|inbox) storage (limit|quota)"),
          row(
              MESSAGE_TOO_BIG,
              "message (size )?(is )?too (big|large|long)",
              "message (size|length) exceeds",
              "exceeds? (the )?(maximum|fixed|allowed) (allowed )?(message )?size",
              "size (of the message )?exceeds (the )?(allowed|maximum|fixed|size)",
              "(mail|message) size limit",
              // over the largest message the server takes, however the size is named
              "(exceed(s|ed|ing)?|over) (the )?(max(imum)?|allowed|permitted|fixed) "
                  + "(message |mail |e-?mail )?(size|length)",
              "(message |mail )?size limit (exceeded|reached)",
              "exceeds? (the )?(message |mail )?size limit",
              "(message|mail|e-?mail) (is )?larger than (the )?(allowed|maximum|permitted)",
              "larger than (the )?(allowed|maximum|max|permitted) (message |mail |e-?mail )?size",
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
              "smtp protocol violation",
              "malformed (recipient |mail )?address",
              "(command|verb) (not )?(recognized|unrecognized|understood)",
              "unrecognized command",
              "(bad|improper) sequence of commands"),
          row(
              POLICY_VIOLATION,
              "header error",
              "headers? (are|is) not accepted",
              "(members-only|closed (mailing )?)list",
              "by non-?member",
              "not subscribed to (this|the) (group|list)",
              "illegal attachment",
              "organi[sz]ation(al)? (policy|settings)",
              "mass mailer",
              "(protocol|local policy) violation"),
          row(
              NO_RELAYING,
              "insecure (mail )?relay",
              "not a gateway",
              "not an open relay",
              "as a relay\\b",
              "we don't handle mail for",
              // a smart host refusing a client it has no relay credentials or registration for
              "credentials for relay",
              "not authori[sz]ed to send (e-?mail |mail )?directly",
              // qmail-smtpd refusing a domain it does not serve: a relay refusal
              "(isn't|is not|not) in my list of allowed rcpthosts?",
              "relay(ing)? (access )?(is )?(temporarily )?(denied|not (permitted|allowed)"
                  + "|prohibited|refused)",
              "relaying (mail )?to .{0,80}(is )?(not (allowed|permitted)|denied|prohibited)",
              "(not permitted|not allowed|not authori[sz]ed|unable|cannot|can't) (to )?relay",
              "requires? authentication (when|for) .{0,60}non-?local",
              "not local host",
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
              // the sender's domain or address on a block list is about the sender, not the host
              "(sender|your|from|envelope sender) (domain|domain name|address)( name)? "
                  + "(has been |is |was )?(blacklisted|blocklisted|denylisted)",
              "badmailfrom",
              // the envelope sender itself not permitted ("Envelope sender is not permitted")
              "envelope (sender|from)( address)? (is )?(not permitted|not allowed|refused|rejected|denied)",
              "(sender|envelope sender|mail from) domain (has no|without( an?)?|lacks( an?)?) (mx|a record|dns|valid)",
              // a client sending as an address other than the one it logged in with
              "send(ing)? as a different (e-?mail )?address",
              "not accept(ing)? mail from (you|your|this sender)",
              "address .{0,30} has been blacklisted",
              "not a registered gateway user",
              "bogus mail from",
              "(null|empty) (envelope )?senders? (is |are )?not allowed",
              "sender (is )?not pre-?approved",
              "sender is (a )?spammer",
              "\\bbatv\\b",
              "no third-party dsns",
              "unsigned dsn",
              "returned mail not accepted",
              "mail from not owned by",
              "fully qualified (e-?mail )?address required",
              "not on the recipient's list of senders",
              // a directory-based edge block refusing every recipient of one sender
              "all recipient addresses rejected ?: access denied"),
          // a cap on a sender's open connections, before the reputation the cap may depend on
          row(
              TOO_MANY_CONN,
              "(number|count) of (concurrent|simultaneous|parallel|open) (connections|sessions)",
              "(concurrent|simultaneous|parallel) (connection|session)s? (limit|cap|exceeded)"),
          row(
              BAD_REPUTATION,
              // a reply that names a DNS blocklist is about the listed host (the blocklist row,
              // after the mailbox rows), whatever reputation database it cites next to it
              "^(?!.*(\\b(dnsbl|rbl)s?\\b|blocked using)).*reputation",
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
              "archived recipient",
              "user is terminated",
              "disabled or discontinued",
              "no longer accepts mail",
              "recipient suspend",
              "temporarily inactive",
              "no longer (in use|used|active)"),
          row(
              EXPIRED,
              "will be retried",
              "retried for",
              "(too long|for too long) in (the )?queue",
              "in the queue too long",
              "(message|envelope|delivery) (has )?expired",
              "delayed for more than",
              "(maximum|max) (time|age|lifetime) (in|on) (the )?queue",
              "queue (lifetime|time limit) (exceeded|expired|reached)",
              "\\d+ (delivery )?attempts",
              "not (been )?delivered within \\d+ (days?|hours?)",
              "aborted after \\d+(\\.\\d+)? (hours?|hour\\(s\\)|days?)"),
          // the recipient's own settings refused the sender
          row(
              FILTERED,
              "recipient'?s? preferences",
              "(user|recipient) refuses? to receive",
              "blocked by the recipient",
              "only accept(s|ing)? mail from (specific|certain|selected)",
              "\\buser reject",
              "rejected due to user rules",
              // the recipient chose whom to hear from: a personal block, an allow list, a filter
              "(recipient|user|addressee|owner) has (chosen|decided|elected|asked) not to"
                  + " (accept|receive)",
              "(does not|doesn't) (wish|want) to receive",
              "only accepts? (mail|messages|e-?mails?) from",
              "(recipient|user)'?s? (own )?(sieve |mail )?(filter|rules)",
              "\\bsieve\\b"),
          row(
              NOT_ACCEPT,
              "null mx",
              "(does not|doesn't|do not|not) accept(ing)? (any )?(network )?(e-?)?(mail|messages)",
              // receiving is said of a person too ("is not receiving mail now"): only a domain's
              "(domain|host|server)\\S{0,2} (does not|doesn't|do not|is not|isn't) receiv(e|ing) "
                  + "(any )?(e-?)?mail",
              "not configured to (accept|receive) (e-?)?mail",
              "no mail (service|exchanger)",
              "(couldn't|could not|cannot|can't) find a mail exchanger",
              "no mx record",
              "no mx (records? )?found"));

  private NarrowCausePhrases() {}
}
