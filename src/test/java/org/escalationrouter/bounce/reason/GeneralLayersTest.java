package org.escalationrouter.bounce.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 21's third round: general wording for what only a family's own rules covered before. Every
 * text here is written for the test, in each reason's general wording.
 */
class GeneralLayersTest {

  private static BounceReason read(String text) {
    return ReasonPhrases.match(NoticeText.wordsOf(text), RuleScope.ALL)
        .orElse(BounceReason.ON_HOLD);
  }

  @Test
  void aPipeRecipientNamesNoMailerError() {
    String notice =
        "554 \"|exec /usr/bin/procmail -f- || exit 75 #someone\"... Service unavailable\n"
            + "Final-Recipient: RFC822; someone@example.org\n"
            + "X-Actual-Recipient: RFC822; |exec /usr/bin/procmail -f- || exit 75 #someone\n"
            + "Status: 5.5.0\n";
    assertThat(read(notice)).isEqualTo(BounceReason.SYSTEM_ERROR);
  }

  @Test
  void aFailingLocalProgramInTheServersWordsIsStillAMailerError() {
    assertThat(read("Command output: procmail: couldn't create /var/mail/someone"))
        .isEqualTo(BounceReason.MAILER_ERROR);
  }

  @Test
  void reportFieldsOnCrlfLinesAreTakenOutToo() {
    assertThat(
            NoticeText.wordsOf(
                "Final-Recipient: rfc822; |/usr/bin/procmail\r\nAction: failed\r\nStatus: 5.5.0"))
        .doesNotContain("procmail")
        .contains("status: 5.5.0");
  }
}
