package org.escalationrouter.bounce.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21's third round: general wording for what only a family's own rules covered before. Every
 * text here is written for the test, in each reason's general wording.
 */
class GeneralLayersTest {

  private static BounceReason read(String text) {
    return ReasonPhrases.match(NoticeText.wordsOf(text), RuleScope.ALL)
        .orElse(BounceReason.ON_HOLD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Il se peut que vous ne soyez pas autorisé à y publier des messages.",
        "Teil ei pruugi olla õigust postitada sellesse rühma.",
        "Þú hefur ekki heimild til að birta færslur í þessum hópi.",
        "Anda mungkin tidak mempunyai kebenaran untuk menyiarkan mesej ke kumpulan ini.",
        "Huenda huna ruhusa ya kuchapisha ujumbe kwenye kikundi hiki.",
        "Немате дозволу за објављивање у овој групи.",
        "এই গ্রুপে পোস্ট করার অনুমতি আপনার নেই।",
        "آپ کو اس گروپ میں پوسٹ کرنے کی اجازت نہیں ہے۔"
      })
  void aRefusedPostIsAboutTheSenderInMoreLanguages(String notice) {
    assertThat(read(notice)).isEqualTo(BounceReason.REJECTED);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a sending address that cannot be verified by name is a missing or bad PTR
        "450 only 3 unverifiable sending IPs allowed for this domain | REQUIRE_PTR",
        "550 unverifyable sending host, please fix your DNS | REQUIRE_PTR",
        // the receiver's verdict of spam wins over SPF or DKIM named in passing
        "550 Message rejected due to spam classification; see our SPF and DKIM guide | SPAM_DETECTED",
        "554 your message was classified as spam (DKIM signature present) | SPAM_DETECTED",
        "550 rejected as spam by content scanner, SPF pass | SPAM_DETECTED",
        // a cap on how often one client connects
        "421 ip frequency limited, try again later | TOO_MANY_CONN",
        "451 connection rate exceeded for your host | TOO_MANY_CONN"
      })
  void generalWordingNamesTheCause(String reply, BounceReason reason) {
    assertThat(read(reply)).isEqualTo(reason);
  }

  @Test
  void anSpfFailureWithoutASpamVerdictStaysAnAuthenticationFailure() {
    assertThat(read("550 5.7.23 SPF check failed for the sending domain"))
        .isEqualTo(BounceReason.AUTH_FAILURE);
  }

  @Test
  void anUnverifiableIpForSendingIsStillTheBlockedHost() {
    assertThat(read("550 unverifiable ip for sending mail of this domain"))
        .isEqualTo(BounceReason.BLOCKED);
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
