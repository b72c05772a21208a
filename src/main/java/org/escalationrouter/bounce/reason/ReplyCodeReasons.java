package org.escalationrouter.bounce.reason;

import java.util.Map;
import java.util.Optional;

/**
 * Reasons that an SMTP reply code names on its own (RFC 5321, RFC 7504, RFC 4954), the second step
 * of the decision, used when no specific enhanced status code decided. The common codes 421, 450,
 * 451, 550, 552, 553 and 554 each stand for several causes and are absent on purpose: the text
 * decides for them.
 */
public final class ReplyCodeReasons {

  private static final Map<String, BounceReason> BY_CODE =
      Map.ofEntries(
          // the command itself was not understood or out of sequence
          Map.entry("500", BounceReason.SYNTAX_ERROR),
          Map.entry("501", BounceReason.SYNTAX_ERROR),
          Map.entry("502", BounceReason.SYNTAX_ERROR),
          Map.entry("503", BounceReason.SYNTAX_ERROR),
          Map.entry("504", BounceReason.SYNTAX_ERROR),
          // RFC 7504: the host or domain does not accept mail at all
          Map.entry("521", BounceReason.NOT_ACCEPT),
          Map.entry("556", BounceReason.NOT_ACCEPT),
          // RFC 4954: authentication or encryption required
          Map.entry("530", BounceReason.SECURITY_ERROR),
          Map.entry("534", BounceReason.SECURITY_ERROR),
          Map.entry("538", BounceReason.SECURITY_ERROR),
          // RFC 5321: user not local, the mailbox moved
          Map.entry("551", BounceReason.HAS_MOVED));

  private ReplyCodeReasons() {}

  private static Optional<BounceReason> of(String replyCode) {
    return Optional.ofNullable(replyCode == null ? null : BY_CODE.get(replyCode));
  }

  /**
   * The reply code's reason, unless it calls a command malformed while the status puts the refusal
   * under security or policy (x.7.x, "503 5.7.0 No identity changes permitted"): the status names
   * the subject, the reply code only how the server answered.
   */
  public static Optional<BounceReason> of(String replyCode, String status) {
    return of(replyCode)
        .filter(
            r ->
                r != BounceReason.SYNTAX_ERROR
                    || status == null
                    || !status.matches("[45]\\.7\\.\\d{1,3}"));
  }
}
