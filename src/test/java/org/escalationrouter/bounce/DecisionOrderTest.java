package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.RuleScope;
import org.junit.jupiter.api.Test;

/** The order of decision for one recipient: codes, then words, then the notice, then fall-backs. */
class DecisionOrderTest {

  private static ReasonVerdict verdict(String status, String reply, String diagnostic) {
    return ReasonClassifier.verdict(
        new ReportedRecipient("a@example.org", "failed", status, reply, diagnostic),
        "",
        "",
        true,
        RuleScope.ALL);
  }

  @Test
  void statusAndWordsThatAgreeAreCertain() {
    ReasonVerdict v = verdict("5.1.1", "550", "550 5.1.1 <a@example.org>: no such user");
    assertThat(v.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.HIGH);
  }

  @Test
  void aFirmStatusBeatsWordsThatDisagreeButTheVerdictIsUncertain() {
    ReasonVerdict v = verdict("5.2.2", "552", "552 5.2.2 rejected by the recipient's filter");
    assertThat(v.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.LOW);
  }

  @Test
  void aMailboxCodeYieldsToWordsSayingTheMailboxIsFull() {
    ReasonVerdict v = verdict("5.1.1", "550", "550 5.1.1 mailbox is full, try later");
    assertThat(v.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
    assertThat(v.reason().isHard("5.1.1", "550")).isFalse();
  }

  @Test
  void aMailboxCodeYieldsToTheRecipientsOwnFilter() {
    ReasonVerdict v = verdict("5.1.1", "550", "550 5.1.1 refused due to recipient preferences");
    assertThat(v.reason()).isEqualTo(BounceReason.FILTERED);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.LOW);
  }

  @Test
  void aLooselyUsedStatusYieldsToTheWords() {
    assertThat(
            verdict("5.2.1", "550", "550 5.2.1 user unknown (in reply to rcpt to command)")
                .reason())
        .isEqualTo(BounceReason.USER_UNKNOWN);
  }

  @Test
  void aReplyCodeDecidesOnlyWhenItNamesACauseAndNoStatusDid() {
    assertThat(verdict("", "521", "521 sorry").reason()).isEqualTo(BounceReason.NOT_ACCEPT);
    assertThat(verdict("", "550", "550 sorry").reason()).isEqualTo(BounceReason.ON_HOLD);
  }

  @Test
  void wordsAloneDecideAtMediumConfidence() {
    ReasonVerdict v = verdict("", "", "the recipient's mailbox is over quota");
    assertThat(v.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.MEDIUM);
  }

  @Test
  void unknownUserSaidAfterDataIsTheFilterButUncertain() {
    ReasonVerdict v =
        verdict("5.0.0", "550", "after end of data: 550 unknown user, message refused");
    assertThat(v.reason()).isEqualTo(BounceReason.FILTERED);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.LOW);
  }

  @Test
  void aRecipientCalledInvalidIsAnUnknownMailboxWhateverThePhase() {
    assertThat(verdict("5.5.0", "550", ">>> data <<< 550 destinataire invalide").reason())
        .isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(verdict("", "", "after end of data: 550 invalid recipient").reason())
        .isEqualTo(BounceReason.USER_UNKNOWN);
  }

  @Test
  void nothingThatAppliesIsOnHoldAndUncertain() {
    ReasonVerdict v = verdict("", "", "something went wrong");
    assertThat(v.reason()).isEqualTo(BounceReason.ON_HOLD);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.LOW);
  }

  @Test
  void familyRulesAreSwitchedOffOnlyForTheirOwnFamily() {
    String orange = "550 5.5.0 invalid recipient. lpn007_416";
    ReportedRecipient r = new ReportedRecipient("a@laposte.net", "failed", "5.5.0", "550", orange);
    assertThat(ReasonClassifier.verdict(r, "", "", true, RuleScope.ALL).basis())
        .isEqualTo("provider");
    assertThat(ReasonClassifier.verdict(r, "", "", true, new RuleScope("rhost-franceptt")).basis())
        .isNotEqualTo("provider");
    assertThat(ReasonClassifier.verdict(r, "", "", true, new RuleScope("lhost-exim")).basis())
        .isEqualTo("provider");
  }

  @Test
  void hostileTextIsCappedAndStillDecided() {
    String hostile = "550 ".repeat(5_000) + "a".repeat(50_000) + " over quota";
    // the cause sits beyond the 8 KB that is read, so nothing applies
    assertThat(verdict("5.0.0", "550", hostile).reason()).isEqualTo(BounceReason.ON_HOLD);
  }

  // Issue 21, third round: rules measured and left out because the labels contradict them; these
  // pin the behaviour kept, so a rule changing it must be measured again (ADR 0003)

  @Test
  void aDomainWithoutMailExchangerIsHardOnlyOnceTheQueueGivesUp() {
    ReasonVerdict delayed = verdict("4.0.0", "", "a@example.org: No MX found for domain");
    assertThat(delayed.reason()).isEqualTo(BounceReason.NOT_ACCEPT);
    assertThat(delayed.reason().isHard("4.0.0", "")).isFalse();
    assertThat(BounceReason.NOT_ACCEPT.isHard("5.0.0", "")).isTrue();
    assertThat(BounceReason.NOT_ACCEPT.isHard("", "421")).isFalse();
  }

  @Test
  void anUnknownUserWithNoCommandNamedIsTheRecipientsFilterUnlessAMailboxCodeSaysOtherwise() {
    assertThat(verdict("", "550", "550 Unknown user a@example.org").reason())
        .isEqualTo(BounceReason.FILTERED);
    assertThat(verdict("5.1.1", "550", "550 5.1.1 Unknown user a@example.org").reason())
        .isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(
            verdict("", "550", "550 Unknown user a@example.org (in reply to RCPT TO command)")
                .reason())
        .isEqualTo(BounceReason.USER_UNKNOWN);
  }

  @Test
  void rfc5321sOwnWordingOfReply550IsNotEnoughForAnUnknownMailbox() {
    ReasonVerdict v =
        verdict("5.5.0", "550", "550 Requested action not taken: mailbox unavailable");
    assertThat(v.reason()).isNotEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(v.reason().isHard("5.5.0", "550")).isFalse();
  }
}
