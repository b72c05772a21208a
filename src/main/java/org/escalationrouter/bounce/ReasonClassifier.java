package org.escalationrouter.bounce;

import java.util.Optional;
import java.util.regex.Pattern;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.CodeTextDisagreement;
import org.escalationrouter.bounce.reason.LooseStatusReasons;
import org.escalationrouter.bounce.reason.MicrosoftStatusCodes;
import org.escalationrouter.bounce.reason.NoticeText;
import org.escalationrouter.bounce.reason.ProviderCodes;
import org.escalationrouter.bounce.reason.ReasonPhrases;
import org.escalationrouter.bounce.reason.ReplyCodeReasons;
import org.escalationrouter.bounce.reason.RuleScope;
import org.escalationrouter.bounce.reason.SmtpCommand;
import org.escalationrouter.bounce.reason.StatusCodeReasons;
import org.escalationrouter.bounce.reason.StockMessages;

/**
 * Decides the reason for one recipient in Sisimai's order: (1) a receiving provider's own code,
 * else the enhanced status code; (2) the SMTP reply code; (3) the server's own words against each
 * reason's vocabulary; (4) what the notice's format states and the notice as a whole; (5) {@code
 * expired} for a delayed delivery, else {@code onhold}. A code and words that disagree are settled
 * by {@link CodeTextDisagreement}, at low confidence.
 */
final class ReasonClassifier {

  /** Rejections of the envelope sender are about us, not about the recipient's address. */
  private static final Pattern AFTER_MAIL_FROM =
      Pattern.compile("(after|in reply to) (the )?mail from\\b");

  /** A name-service failure that the server will retry is a network fault, not a dead domain. */
  private static final Pattern RETRYABLE =
      Pattern.compile("(?<!and )try again|temporar|timed? ?out|servfail");

  private ReasonClassifier() {}

  static BounceReason classify(ReportedRecipient reported, String context, String noticeText) {
    return verdict(reported, context, noticeText, true, RuleScope.ALL).reason();
  }

  /**
   * @param sole whether the notice is about this recipient alone; if not, its wording as a whole
   *     may be about another recipient and only decides the phase, not the reason
   */
  static ReasonVerdict verdict(
      ReportedRecipient reported,
      String context,
      String noticeText,
      boolean sole,
      RuleScope scope) {
    return verdict(reported, context, noticeText, sole, scope, "");
  }

  /**
   * @param hosts the hosts the notice came through (its sender and Received lines), which name the
   *     receiving provider when a documented reply is only that provider's
   */
  static ReasonVerdict verdict(
      ReportedRecipient reported,
      String context,
      String noticeText,
      boolean sole,
      RuleScope scope,
      String hosts) {
    String own = NoticeText.wordsOf(reported.diagnostic());
    String near = NoticeText.wordsOf(context);
    String whole = NoticeText.wordsOf(noticeText);
    String both = own + " " + near + " " + whole;
    Optional<SmtpCommand> command =
        SmtpCommand.statedIn(own)
            .or(() -> SmtpCommand.statedIn(near))
            .or(() -> SmtpCommand.statedIn(whole));
    var provider =
        ProviderCodes.match(own, command, whole, scope)
            .or(() -> ProviderCodes.match(near, command, whole, scope))
            .or(
                () ->
                    MicrosoftStatusCodes.reply(
                        reported.status(), own, whole + " " + NoticeText.normalise(hosts)));
    if (provider.isPresent()) {
      return new ReasonVerdict(provider.get(), VerdictConfidence.HIGH, "provider");
    }
    Optional<BounceReason> fixedWords =
        Optional.ofNullable(reported.stated())
            .or(() -> StockMessages.match(own, scope))
            .or(() -> StockMessages.match(near, scope));
    Optional<BounceReason> generalWords =
        fixedWords.isPresent()
            ? Optional.empty()
            : ReasonPhrases.match(own, scope).or(() -> ReasonPhrases.match(near, scope));
    Optional<BounceReason> byText =
        fixedWords.or(() -> generalWords.map(r -> adjusted(r, reported, both, command)));
    // the words said one thing and the phase turned it into another: not sure either way
    boolean rephased = generalWords.isPresent() && generalWords.get() != byText.get();
    Optional<BounceReason> byStatus = StatusCodeReasons.of(reported.status());
    String basis = byStatus.isPresent() ? "status" : "reply-code";
    Optional<BounceReason> byCode =
        byStatus
            .or(() -> ReplyCodeReasons.of(reported.replyCode(), reported.status()))
            .map(r -> adjusted(r, reported, both, command));
    if (byCode.isPresent()) {
      if (byText.isEmpty()) {
        return new ReasonVerdict(byCode.get(), VerdictConfidence.MEDIUM, basis);
      }
      if (byText.get() == byCode.get()) {
        return new ReasonVerdict(byCode.get(), VerdictConfidence.HIGH, basis + "+text");
      }
      BounceReason settled = CodeTextDisagreement.settle(byCode.get(), byText.get());
      return new ReasonVerdict(settled, VerdictConfidence.LOW, basis + " vs text");
    }
    if (byText.isPresent()) {
      return new ReasonVerdict(
          byText.get(), rephased ? VerdictConfidence.LOW : VerdictConfidence.MEDIUM, "text");
    }
    return fromNotice(reported, own, near, whole, both, sole, command, scope);
  }

  /** Steps 4 and 5: the notice's format and wording as a whole, then the fall-backs. */
  private static ReasonVerdict fromNotice(
      ReportedRecipient reported,
      String own,
      String near,
      String whole,
      String both,
      boolean sole,
      Optional<SmtpCommand> command,
      RuleScope scope) {
    if (command.isPresent() && command.get().beforeEnvelope()) {
      // refused before any address was given: the server objects to our host itself
      return new ReasonVerdict(BounceReason.BLOCKED, VerdictConfidence.LOW, "format");
    }
    if (own.contains("recipient address rejected")) {
      // Postfix's prefix for any refusal of RCPT TO, most often an unknown mailbox
      return new ReasonVerdict(BounceReason.USER_UNKNOWN, VerdictConfidence.LOW, "format");
    }
    if (sole) {
      var fromNotice =
          StockMessages.match(whole, scope)
              .or(
                  () ->
                      ReasonPhrases.match(whole, scope)
                          .map(r -> adjusted(r, reported, both, command)));
      if (fromNotice.isPresent()) {
        return new ReasonVerdict(fromNotice.get(), VerdictConfidence.LOW, "notice");
      }
    }
    var loose = LooseStatusReasons.of(reported.status());
    if (loose.isPresent()) {
      // a loosely used code names no narrow cause, but still its kind (x.7 security or policy)
      return new ReasonVerdict(loose.get(), VerdictConfidence.LOW, "status-class");
    }
    if (reported.action().equals("delayed") || reported.status().startsWith("4.4.")) {
      return new ReasonVerdict(BounceReason.EXPIRED, VerdictConfidence.LOW, "fallback");
    }
    if (temporary(reported)) {
      // a temporary refusal in a notice of failure: the queue retried it until it gave up
      return new ReasonVerdict(BounceReason.EXPIRED, VerdictConfidence.LOW, "fallback");
    }
    if (command.filter(c -> c == SmtpCommand.MAIL).isPresent()) {
      // refused at MAIL FROM for no cause named: the server objects to our envelope sender
      return new ReasonVerdict(BounceReason.REJECTED, VerdictConfidence.LOW, "format");
    }
    if (NoticeText.wordless(own) && NoticeText.wordless(near)) {
      // the notice names the recipient and nothing else: Sisimai's "undefined", where "onhold"
      // means words were given but named no cause
      return new ReasonVerdict(BounceReason.UNDEFINED, VerdictConfidence.LOW, "fallback");
    }
    return new ReasonVerdict(BounceReason.ON_HOLD, VerdictConfidence.LOW, "fallback");
  }

  /** The status, else the reply code, is of class 4 (a transient failure). */
  private static boolean temporary(ReportedRecipient reported) {
    return reported.status().isEmpty()
        ? reported.replyCode().startsWith("4")
        : reported.status().startsWith("4");
  }

  private static BounceReason adjusted(
      BounceReason reason, ReportedRecipient reported, String text, Optional<SmtpCommand> command) {
    boolean unknown = reason == BounceReason.USER_UNKNOWN || reason == BounceReason.HOST_UNKNOWN;
    if (unknown && AFTER_MAIL_FROM.matcher(text).find()) {
      return BounceReason.REJECTED;
    }
    // "not found" or "unknown" said at the greeting or HELO, before any address was given, is
    // about our own host name, never the recipient's address or domain
    if (unknown && command.filter(SmtpCommand::beforeEnvelope).isPresent()) {
      return BounceReason.BLOCKED;
    }
    // refused in reply to MAIL FROM for no narrower cause: the server objects to our sender
    boolean broad =
        reason == BounceReason.BAD_REPUTATION
            || (reason == BounceReason.BLOCKED && text.contains("access denied"));
    if (broad && command.filter(c -> c == SmtpCommand.MAIL).isPresent()) {
      return BounceReason.REJECTED;
    }
    // "no such user" said to the message rather than to RCPT TO is the recipient's filter; a
    // mailbox code (x.1.x) still says the address is bad, whatever the phase
    if (reason == BounceReason.USER_UNKNOWN && !reported.status().matches("[45]\\.1\\.\\d+")) {
      if (command.isEmpty() || !command.get().beforeData()) {
        return BounceReason.FILTERED;
      }
    }
    // x.2.3 says the size broke the recipient's own limit, not the server's
    if (reason == BounceReason.MESSAGE_TOO_BIG && reported.status().matches("[45]\\.2\\.3")) {
      return BounceReason.EXCEED_LIMIT;
    }
    if (reason == BounceReason.HOST_UNKNOWN
        && (reported.status().startsWith("4") || RETRYABLE.matcher(text).find())) {
      return BounceReason.NETWORK_ERROR;
    }
    return reason;
  }
}
