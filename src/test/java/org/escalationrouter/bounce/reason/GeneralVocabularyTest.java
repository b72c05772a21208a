package org.escalationrouter.bounce.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each reason's general vocabulary decides notices from servers never seen. The sentences here are
 * written for the test in each reason's general wording, not copied from a sample.
 */
class GeneralVocabularyTest {

  /** The reason the phrase table alone gives a diagnostic, {@code ON_HOLD} when none. */
  static BounceReason read(String text) {
    return ReasonPhrases.match(NoticeText.normalise(text), RuleScope.ALL)
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
        "Bu gruba ileti gönderme izniniz yok."
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
        "554 message is not RFC 5322 compliant | NOT_COMPLIANT_RFC"
      })
  void eachReasonHasItsGeneralWording(String diagnostic, BounceReason expected) {
    assertThat(read(diagnostic)).isEqualTo(expected);
  }
}
