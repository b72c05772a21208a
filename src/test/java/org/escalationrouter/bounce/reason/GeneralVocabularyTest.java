package org.escalationrouter.bounce.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each reason's general vocabulary decides notices from servers never seen. The sentences here are
 * written for the test in each reason's general wording, not copied from a sample.
 */
class GeneralVocabularyTest {

  /**
   * The reason the phrase table alone gives a diagnostic, {@code ON_HOLD} when none; read as the
   * classifier reads it, with the addresses a report names taken out.
   */
  static BounceReason read(String text) {
    return ReasonPhrases.match(NoticeText.wordsOf(text), RuleScope.ALL)
        .orElse(BounceReason.ON_HOLD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The list may not exist, or you may not have permission to post to it.",
        "Sorry, you are not allowed to post to this mailing list.",
        "Vous n'êtes pas autorisé à publier dans ce groupe.",
        "Es posible que no tengas permiso para publicar en el grupo.",
        "Sie haben keine Berechtigung, in dieser Gruppe zu posten.",
        "Non hai l'autorizzazione a pubblicare messaggi in questo gruppo.",
        "Você não tem permissão para postar neste grupo.",
        "U bent niet gemachtigd om berichten in deze groep te plaatsen.",
        "Nie masz uprawnień do publikowania wiadomości w tej grupie.",
        "У вас нет прав на публикацию сообщений в этой группе.",
        "このグループに投稿する権限がありません。",
        "您没有在此群组中发帖的权限。",
        "이 그룹에 게시할 권한이 없습니다.",
        "ليس لديك إذن بالنشر في هذه المجموعة",
        "आपके पास इस समूह में पोस्ट करने की अनुमति नहीं है",
        "Bu gruba ileti gönderme izniniz yok.",
        // (issue 21, third round) a pronoun before the verb in French, and more languages
        "Il se peut que vous ne soyez pas autorisé à y publier des messages.",
        "Teil ei pruugi olla õigust postitada sellesse rühma.",
        "Þú hefur ekki heimild til að birta færslur í þessum hópi.",
        "Anda mungkin tidak mempunyai kebenaran untuk menyiarkan mesej ke kumpulan ini.",
        "Huenda huna ruhusa ya kuchapisha ujumbe kwenye kikundi hiki.",
        "Немате дозволу за објављивање у овој групи.",
        "এই গ্রুপে পোস্ট করার অনুমতি আপনার নেই।",
        "آپ کو اس گروپ میں پوسٹ کرنے کی اجازت نہیں ہے۔"
      })
  void aRefusedPostIsAboutTheSenderInAnyLanguage(String notice) {
    assertThat(read(notice)).isEqualTo(BounceReason.REJECTED);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "550 mailbox does not exist | USER_UNKNOWN",
        "you are not authorized to send to this recipient | SECURITY_ERROR",
        "554 mail from hosts with dynamic IP addresses is refused | BLOCKED",
        "550 please relay through your ISP's SMTP server | BLOCKED",
        "554 5.7.0 header error | POLICY_VIOLATION",
        "553 posting by non-member to a members-only list | POLICY_VIOLATION",
        "550 insecure mail relay | NO_RELAYING",
        "550 'x@example.org' is not a registered gateway user | REJECTED",
        "553 null sender is not allowed here | REJECTED",
        "550 refused due to recipient preferences | FILTERED",
        "550 the user refuses to receive this mail | FILTERED",
        "550 this mailbox is disabled or discontinued | SUSPEND",
        "550 5.4.1 all recipient addresses rejected : access denied | REJECTED",
        "final-recipient: rfc822; a@example.org status: 5.0.0 | ON_HOLD",
        "554 message is not RFC 5322 compliant | NOT_COMPLIANT_RFC",
        // (issue 21, third round) what only a family's rules named before
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
  void eachReasonHasItsGeneralWording(String diagnostic, BounceReason expected) {
    assertThat(read(diagnostic)).isEqualTo(expected);
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
