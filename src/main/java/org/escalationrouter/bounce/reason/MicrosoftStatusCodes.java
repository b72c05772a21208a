package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exchange Online's own enhanced status codes, whose detail number (x.y.NNN, three digits) is
 * outside the IANA registry and means what Microsoft's non-delivery report reference says it means:
 * 5.7.509 and 5.7.515 a failed DMARC or authentication level, 5.7.501-503 a sender banned for spam,
 * 5.7.504-505 a recipient refused, 5.7.506-513 and 5.7.606-649 the sending host or IP blocked,
 * 5.7.508 and 5.7.700-749 rate limits, 5.7.750 unregistered sending domains, 5.7.900-999 a mail
 * flow rule of the recipient's organisation. Written from that documentation, not from our samples,
 * so it names no sender family.
 */
public final class MicrosoftStatusCodes {

  private static final Pattern CODE = Pattern.compile("([45])\\.(\\d)\\.(\\d{2,3})");

  /** One documented range of detail numbers under a subject (x.7.NNN, x.4.NNN...). */
  private record Range(int subject, int from, int to, BounceReason reason) {
    boolean holds(int s, int detail) {
      return s == subject && detail >= from && detail <= to;
    }
  }

  /** Narrow ranges first: the first range holding a code decides. */
  private static final List<Range> DOCUMENTED =
      List.of(
          new Range(7, 501, 503, REJECTED),
          new Range(7, 504, 505, SUSPEND),
          new Range(7, 506, 507, BLOCKED),
          new Range(7, 508, 508, SPEEDING),
          new Range(7, 509, 509, AUTH_FAILURE),
          new Range(7, 510, 511, BLOCKED),
          new Range(7, 512, 512, REJECTED),
          new Range(7, 513, 513, BLOCKED),
          new Range(7, 515, 515, AUTH_FAILURE),
          new Range(7, 124, 124, REJECTED),
          new Range(7, 133, 136, REJECTED),
          new Range(7, 321, 325, FAILED_STARTTLS),
          new Range(7, 606, 649, BLOCKED),
          new Range(7, 650, 650, BAD_REPUTATION),
          new Range(7, 652, 652, TOO_MANY_CONN),
          new Range(7, 700, 749, SPEEDING),
          new Range(7, 750, 750, REJECTED),
          new Range(7, 850, 899, BLOCKED),
          new Range(7, 900, 999, POLICY_VIOLATION),
          new Range(4, 300, 300, EXPIRED),
          new Range(4, 312, 312, NETWORK_ERROR),
          new Range(4, 316, 316, NETWORK_ERROR),
          new Range(4, 317, 317, FAILED_STARTTLS),
          new Range(4, 318, 318, SYSTEM_ERROR),
          new Range(2, 121, 122, SPEEDING),
          new Range(1, 351, 351, USER_UNKNOWN),
          new Range(3, 190, 190, SYSTEM_ERROR));

  /**
   * A documented reply: its status code and the words Microsoft's reference gives for it, and
   * whether the words are RFC 5321's own (then only a Microsoft host saying them is meant).
   */
  private record Reply(Pattern status, Pattern words, BounceReason reason, boolean ownHostOnly) {}

  private static Reply reply(String status, String words, BounceReason reason) {
    return new Reply(Pattern.compile(status), Pattern.compile(words), reason, false);
  }

  private static Reply fromOwnHost(String status, String words, BounceReason reason) {
    return new Reply(Pattern.compile(status), Pattern.compile(words), reason, true);
  }

  /** Outlook.com, Hotmail and Exchange Online's receiving hosts, as a notice names them. */
  private static final Pattern OWN_HOST =
      Pattern.compile("\\b(outlook\\.com|hotmail\\.com|live\\.com|msn\\.com)\\b");

  /**
   * Replies whose status code alone is loose but whose documented words name the cause: Outlook.com
   * answers 5.5.0 "mailbox unavailable" for an address it does not host (RFC 5321's wording of 550,
   * so only when the notice names a Microsoft host); 5.2.2 "submission quota exceeded" is the
   * sender's own sending limit, not a full mailbox.
   */
  private static final List<Reply> DOCUMENTED_REPLIES =
      List.of(
          fromOwnHost("5\\.5\\.0", "requested action not taken: mailbox unavailable", USER_UNKNOWN),
          reply("5\\.1\\.10", "recipient not found", USER_UNKNOWN),
          reply("5\\.4\\.1", "relay access denied", NO_RELAYING),
          reply("[45]\\.2\\.2", "submission quota exceeded", SPEEDING),
          reply("[45]\\.3\\.2", "recipient thread limit exceeded", SPEEDING),
          reply("5\\.2\\.1", "content filter agent quarantined", SPAM_DETECTED),
          reply("5\\.7\\.1", "delivery not authorized, message refused", REJECTED),
          reply("5\\.4\\.(6|14)", "routing loop detected|hop count exceeded", NETWORK_ERROR));

  private MicrosoftStatusCodes() {}

  /**
   * The documented reason of a reply Microsoft's reference lists with its code and words.
   *
   * @param wholeNotice the whole notice, normalised, which names the host that answered
   */
  public static Optional<BounceReason> reply(
      String status, String normalisedText, String wholeNotice) {
    for (Reply r : DOCUMENTED_REPLIES) {
      if (r.ownHostOnly() && !OWN_HOST.matcher(wholeNotice).find()) {
        continue;
      }
      if (r.status().matcher(status == null ? "" : status).matches()
          && r.words().matcher(normalisedText).find()) {
        return Optional.of(r.reason());
      }
    }
    return Optional.empty();
  }

  /** The documented reason of a three-digit Microsoft code such as 5.7.509, if it is one. */
  static Optional<BounceReason> of(String status) {
    Matcher m = CODE.matcher(status == null ? "" : status);
    if (!m.matches() || m.group(3).length() != 3) {
      return Optional.empty();
    }
    int subject = Integer.parseInt(m.group(2));
    int detail = Integer.parseInt(m.group(3));
    return DOCUMENTED.stream().filter(r -> r.holds(subject, detail)).map(Range::reason).findFirst();
  }
}
