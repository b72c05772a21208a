package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;
import static org.escalationrouter.bounce.reason.ReasonTable.row;

import java.util.List;

/**
 * Second part of the phrase table, tried after {@link NarrowCausePhrases}: name-service and mailbox
 * wording, then the broad words for blocks, limits, policy, content, network, mailer and system
 * faults, expiry and filters.
 */
final class BroadCausePhrases {

  static final List<ReasonTable.Row> ROWS =
      List.of(
          row(
              NETWORK_ERROR,
              "name server reply",
              "malformed or unexpected name server",
              // a lookup that could not finish, which says nothing yet about the name itself
              "(host|dns|name|mx|domain) lookup (did not complete|timed out|timeout"
                  + "|temporar(il)?y (failed|failure|unavailable))",
              "temporary (dns|name resolution|resolver) (failure|error)"),
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
              // the resolver's own words for a name that does not exist
              "name or service not known",
              "(invalid|unknown|nonexistent|non-existent) (recipient |destination )?domain",
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
              "(mail ?box|user|recipient|address) (is )?(no longer|not) (available|valid)",
              // the directory the server checks recipients against has no such entry
              "no longer (on|at|with) (this|the|our) (server|system|domain|host)",
              "not (present|found|listed) in (the |our )?(directory|address book|ldap|user list)",
              "unknown e-?mail (address|recipient|user)"),
          // a DNS blocklist names the sending host, not the message: blocked, even when the
          // reply also says the host sent spam ("listed at a blocklist as a spam source"); after
          // the mailbox rows, so a footer naming a blocklist never hides a missing mailbox
          row(
              BLOCKED,
              "\\b(dnsbl|rbl)s?\\b",
              "(black|block) ?list(ed)?(?! senders?\\b)",
              "spamhaus",
              "spamcop",
              "\\bsorbs\\b",
              "blocked using"),
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
              "(max|maximum) (number of )?messages? per (connection|session)",
              "connection (limit|rate)",
              "(connections|sessions) .{0,20}exceeded",
              // a per-host cap on open sessions or on errors within one session
              "(connection|session) (count|limit) (exceeded|reached)",
              "max(imum)? (number of )?(concurrent |simultaneous )?(connections|sessions)",
              "too many (errors|bad commands|invalid commands) (from|in|during)",
              "too many (\\w+ )?(in|per) (a |one )?(single )?(session|connection)",
              // a cap on how often one client may connect ("ip frequency limited")
              "(ip|connection|client|host) (frequency|rate) (is )?(limit(ed)?|exceeded)"),
          row(
              SPEEDING,
              "rate limit",
              "(sending|message) rate",
              "too many (messages|emails|mails)",
              "receiving mail at a rate",
              "receiving mail too (quickly|fast)",
              "excessive (volume|rate)",
              "(daily|hourly) [\\w ]{0,30}(limit|quota) exceeded",
              "throttl",
              "(sent|sending) too (many|much)",
              // asked to slow down: rate-limited, sending too fast, a message frequency cap
              "rate-?limited",
              "(sending|delivering|arriving|messages) too (fast|quickly)",
              "slow down",
              "(message|mail|sending) frequency",
              "sending limit"),
          row(
              SECURITY_ERROR,
              "authenticat(e|ion) (is )?(required|needed|mandatory)",
              "(not|never) authenticated",
              "please authenticate",
              "authenticate first",
              "unauthenticated senders?",
              "must (be )?authenticat",
              "(tls|encryption|starttls|ssl) (is )?required",
              "must issue a starttls",
              "(security|encryption) (policy|requirement)",
              "certificate",
              "(authentication|credentials) (failed|invalid)",
              "not authorized to send",
              // the client's login refused or missing
              "invalid (login|credentials|username or password)",
              "(smtp )?auth(entication)? (is )?(required|needed)",
              "login (failed|required|incorrect)",
              "too many (failed )?(login|authentication|auth) attempts",
              "delivery not authori[sz]ed"),
          row(
              POLICY_VIOLATION,
              "polic(y|ies)",
              "content presents a potential",
              "prohibited",
              "not allowed (by|in) (our|the|this)",
              "violat",
              // kinds of attachment the receiver forbids, in the languages servers say it in
              "(restricted|forbidden|prohibited|blocked|disallowed|banned|dangerous|unsafe"
                  + "|unacceptable|not allowed|illegal) (attachment|file ?(type|name|extension))",
              "(attachment|file)s?( types?| extensions?| names?)? .{0,40}(are|is) (not (allowed"
                  + "|permitted|accepted)|blocked|prohibited|forbidden|restricted)",
              "allegat[oi] .{0,40}non (sono |è )?(consentit|ammess|permess)",
              "anh(ä|ae)nge? .{0,40}(nicht (erlaubt|zulässig|zulaessig|gestattet)|verboten)",
              "pi(è|e)ces? jointes? .{0,40}(non autoris|pas autoris|interdit)",
              "(archivos? )?adjuntos? .{0,40}no (est(á|a)n? )?permitid|anexos? .{0,40}n(ã|a)o"
                  + " (s(ã|a)o )?permitid",
              "bijlage\\w* .{0,40}niet toegestaan|załącznik\\w* .{0,40}(niedozwolon|zabronion)",
              // a receiver that takes no mail from outside its organisation
              "(external|outside|internet) (senders?|mail|e-?mails?|messages?) .{0,40}(not (allowed"
                  + "|permitted|accepted)|blocked|prohibited)",
              "(does not|doesn't) accept (external|outside) (mail|messages|e-?mails?)"),
          row(
              CONTENT_ERROR,
              "content (error|encoding)",
              "(invalid|illegal|malformed) (mime|content|character|charset|attachment)",
              "\\bmime\\b",
              "8-?bit",
              // line endings and line lengths the message format forbids
              "bare <?(lf|cr|linefeed|line ?feed|newline)>?",
              "line (is )?too long|lines? longer than \\d+|line length (exceeded|limit)"),
          row(SYSTEM_FULL, "out of (disk )?space"),
          row(
              NETWORK_ERROR,
              "network (is )?unreachable",
              "network error",
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
              SYSTEM_ERROR,
              "system (error|failure|problem|config)",
              "internal (server )?(error|failure)",
              "(local|server) (configuration|config) (error|problem)",
              "temporary (local |server )?(problem|error|failure)",
              "server (error|failure)",
              // a gateway whose next hop failed (Cloudflare Email Routing: "Upstream error")
              "upstream (server )?(error|failure)",
              "service (is )?(currently |temporarily )?(not |un)available",
              "(queue file )?write error",
              // the receiver could not store the message redundantly before taking it
              "failed to be replicated",
              "try again later",
              "duplicated? message-id",
              // the receiver's storage or its own lookup tables failed while taking the message
              "\\bi/o error|input/output error",
              "(temporary|table|map|database|directory) lookup (failure|error)"),
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
              "(recipient|user) (has )?(blocked|rejected|refused)",
              "denied by (the )?recipient"));

  private BroadCausePhrases() {}
}
