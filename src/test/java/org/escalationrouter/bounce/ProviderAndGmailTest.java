package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.escalationrouter.bounce.format.GmailNotice;
import org.escalationrouter.bounce.format.MailView;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.NoticeText;
import org.escalationrouter.bounce.reason.ProviderCodes;
import org.escalationrouter.bounce.reason.ReasonPhrases;
import org.escalationrouter.bounce.reason.RuleScope;
import org.escalationrouter.bounce.reason.SmtpCommand;
import org.junit.jupiter.api.Test;

/** Gmail's notice reader and the receiving providers' own codes and replies. */
class ProviderAndGmailTest {

  private static final Optional<SmtpCommand> NONE = Optional.empty();

  @Test
  void readsGmailReasonFromTheRemoteReplyNotTheDelayBanner() {
    List<ReportedRecipient> found =
        new GmailNotice().read(MailView.of(CorpusFiles.bounce("lhost-gmail-06")));
    assertThat(found)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recipient()).isEqualTo("kijitora@example.jp");
              assertThat(r.action()).isEqualTo("delayed");
              assertThat(r.diagnostic()).contains("Mailbox Full").doesNotContain("retried");
            });
  }

  @Test
  void leavesOtherDaemonsNoticesToOtherReaders() {
    assertThat(new GmailNotice().read(MailView.of(CorpusFiles.bounce("lhost-postfix-31"))))
        .isEmpty();
  }

  @Test
  void readsOrangeAndLaPosteLabelsByTheirLastThreeDigits() {
    assertThat(
            ProviderCodes.match("550 5.5.0 invalid recipient. lpn007_416", NONE, "", RuleScope.ALL))
        .contains(BounceReason.USER_UNKNOWN);
    assertThat(
            ProviderCodes.match(
                "421 4.2.0 service refused. ofr005_505 [505]", NONE, "", RuleScope.ALL))
        .contains(BounceReason.SYSTEM_ERROR);
    assertThat(
            ProviderCodes.match(
                "550 5.5.0 the recipient account is blocked. lpn007_426", NONE, "", RuleScope.ALL))
        .contains(BounceReason.SUSPEND);
  }

  @Test
  void docomoUnknownUserAfterDataIsARefusalOfTheSender() {
    String reply = "host mfsmax.docomo.ne.jp[192.0.2.1] said: 550 unknown user a@docomo.ne.jp";
    assertThat(ProviderCodes.match(reply, Optional.of(SmtpCommand.DATA), "", RuleScope.ALL))
        .contains(BounceReason.REJECTED);
    assertThat(ProviderCodes.match(reply, Optional.of(SmtpCommand.RCPT), "", RuleScope.ALL))
        .isEmpty();
  }

  @Test
  void messageLabsNoSuchUserIsTheAddressNotAFilter() {
    String notice = "this is the mail delivery agent at messagelabs.com.";
    assertThat(
            ProviderCodes.match(
                "reason: 550 a@example.org... no such user", NONE, notice, RuleScope.ALL))
        .contains(BounceReason.USER_UNKNOWN);
    assertThat(
            ProviderCodes.match(
                "550-please turn on smtp authentication in your mail client.",
                NONE,
                notice,
                RuleScope.ALL))
        .contains(BounceReason.SECURITY_ERROR);
  }

  @Test
  void dropsRepeatedContinuationCodesSoTheSentenceReadsWhole() {
    String joined =
        NoticeText.normalise(
            "550-5.7.1 Messages with multiple 550 5.7.1 addresses in From: header are not accepted");
    assertThat(joined).contains("messages with multiple addresses in from: header");
    assertThat(ReasonPhrases.match(joined, RuleScope.ALL)).contains(BounceReason.NOT_COMPLIANT_RFC);
  }
}
