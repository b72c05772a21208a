package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.RuleScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21, fourth round: kinds of notice rather than samples (a status class, a reply code's
 * meaning, a reason's wording in several languages, the phase a notice names). Every notice here is
 * written for the test.
 */
class NoticeKindsTest {

  private static ReasonVerdict verdict(String action, String status, String reply, String text) {
    return ReasonClassifier.verdict(
        new ReportedRecipient("a@example.org", action, status, reply, text),
        "",
        "",
        true,
        RuleScope.ALL);
  }

  private static ReasonVerdict failed(String status, String reply, String text) {
    return verdict("failed", status, reply, text);
  }

  private static boolean hard(ReasonVerdict v, String status, String reply) {
    return v.reason().isHard(status, reply);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "550 Benutzer unbekannt",
        "550 Unbekannter Empfänger",
        "550 Das Postfach existiert nicht",
        "550 Utilisateur inconnu",
        "550 L'adresse e-mail n'existe pas",
        "550 Usuario desconocido",
        "550 La dirección de correo no existe",
        "550 Usuário desconhecido",
        "550 Utente sconosciuto",
        "550 Onbekende gebruiker",
        "550 Nieznany użytkownik",
        "550 Adresat nie istnieje",
        "550 Neznámý příjemce",
        "550 Okänd mottagare",
        "550 Пользователь не найден",
        "550 Нет такого пользователя",
        "550 Kullanıcı bulunamadı",
        "550 Ismeretlen címzett",
        "550 宛先不明",
        "550 指定されたユーザは存在しません",
        "550 用户不存在",
        "550 수신자가 존재하지 않습니다"
      })
  void anUnknownUserAnsweredToRcptIsHardInAnyLanguage(String reply) {
    ReasonVerdict v = failed("5.0.0", "550", reply + " (in reply to RCPT TO command)");
    assertThat(v.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(hard(v, "5.0.0", "550")).isTrue();
  }

  @Test
  void aDeliveryReportInGermanFromAServerNeverSeenFailsOverAtOnce() {
    String raw =
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.de>\r\n"
            + "To: sender@example.com\r\nSubject: Unzustellbar: Angebot\r\n"
            + "Message-ID: <dsn1@mx.example.de>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n"
            + "\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Ihre Nachricht konnte nicht zugestellt werden.\r\n"
            + "\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
            + "Reporting-MTA: dns; mx.example.de\r\n\r\n"
            + "Final-Recipient: rfc822; jonas@example.de\r\nAction: failed\r\n"
            + "Status: 5.0.0\r\n"
            + "Diagnostic-Code: smtp; 550 Empfänger existiert nicht (in reply to RCPT TO command)"
            + "\r\n\r\n--b1--\r\n";
    var found =
        AutomatedMailDetector.withDefaults()
            .detect(AutomatedMailDetector.parse(raw.getBytes(StandardCharsets.UTF_8)));
    assertThat(found).isPresent();
    DeliveryRecord r = found.get().records().get(0);
    assertThat(r.recipient()).isEqualTo("jonas@example.de");
    assertThat(r.reason().wireName()).isEqualTo("userunknown");
    assertThat(r.hard()).isTrue();
  }

  @Test
  void aLocalisedUnknownUserFollowsThePhaseRuleAsTheEnglishOneDoes() {
    assertThat(failed("5.0.0", "550", "550 Benutzer unbekannt").reason())
        .isEqualTo(BounceReason.FILTERED);
    assertThat(failed("5.1.1", "550", "550 5.1.1 Benutzer unbekannt").reason())
        .isEqualTo(BounceReason.USER_UNKNOWN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Das Konto ist gesperrt",
        "Le compte est désactivé",
        "La cuenta está suspendida",
        "Konto jest zablokowane",
        "Аккаунт заблокирован",
        "该邮箱已停用"
      })
  void aLocalisedDisabledAccountIsSuspendedAndSoft(String reply) {
    ReasonVerdict v = failed("5.0.0", "550", "550 " + reply);
    assertThat(v.reason()).isEqualTo(BounceReason.SUSPEND);
    assertThat(hard(v, "5.0.0", "550")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Le domaine n'existe pas",
        "Die Domain existiert nicht",
        "El dominio no existe",
        "Домен не существует"
      })
  void aLocalisedUnknownDomainIsNotAMissingUser(String reply) {
    assertThat(failed("5.0.0", "550", "550 " + reply).reason())
        .isEqualTo(BounceReason.HOST_UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5.1.1 | 550 | 550 5.1.1 mailbox is over quota",
        "5.0.0 | 550 | 550 5.0.0 Das Postfach des Empfängers ist voll",
        "5.7.1 | 554 | 554 5.7.1 boîte aux lettres pleine",
        "5.5.0 | 552 | 552 Requested mail action aborted: exceeded storage allocation",
        "5.4.1 | 550 | 550 5.4.1 user has exceeded their mailbox storage limit",
        "5.2.0 | 550 | 550 5.2.0 El buzón está lleno",
        "5.0.0 | 550 | 550 La casella del destinatario è piena",
        "5.0.0 | 550 | 550 Skrzynka odbiorcy jest pełna",
        "5.0.0 | 550 | 550 Ящик получателя переполнен",
        "5.0.0 | 550 | 550 メールボックスの容量が超過しています",
        "5.0.0 | 550 | 550 收件人邮箱已满",
        "'' | 552 | 552 recipient reached disk quota"
      })
  void aPermanentStatusWhoseWordsSayTheMailboxIsFullIsAFullMailboxAndSoft(
      String status, String reply, String text) {
    ReasonVerdict v = failed(status, reply, text);
    assertThat(v.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
    assertThat(hard(v, status, reply)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5.7.1 | 554 | 554 5.7.1 <a@example.org>: Relay access denied",
        "5.1.1 | 550 | 550 5.1.1 relaying temporarily denied",
        "5.0.0 | 550 | 550 you are not authorized to relay through this host",
        "5.0.0 | 550 | 550 relaying mail to example.org is not allowed",
        "5.0.0 | 550 | 550 Relaying nicht erlaubt",
        "5.0.0 | 550 | 550 Relais non autorisé",
        "5.0.0 | 550 | 550 Relay no permitido"
      })
  void aRefusedRelayIsNoRelayingAndSoftWhateverTheStatus(String status, String reply, String text) {
    ReasonVerdict v = failed(status, reply, text);
    assertThat(v.reason()).isEqualTo(BounceReason.NO_RELAYING);
    assertThat(hard(v, status, reply)).isFalse();
  }

  @Test
  void aBlocklistNamesTheSendingHostEvenWhenTheReplySaysSpam() {
    assertThat(
            failed("5.7.1", "554", "554 5.7.1 client host blocked using a DNSBL, spam source")
                .reason())
        .isEqualTo(BounceReason.BLOCKED);
    assertThat(failed("", "550", "550 your server is listed on our blocklist for spam").reason())
        .isEqualTo(BounceReason.BLOCKED);
  }

  @Test
  void spamAndPolicyRefusalsOfTheMessageStayApartFromBlocks() {
    assertThat(failed("5.7.1", "550", "550 5.7.1 message content scored as spam").reason())
        .isEqualTo(BounceReason.SPAM_DETECTED);
    assertThat(failed("5.7.1", "550", "550 5.7.1 rejected by local policy").reason())
        .isEqualTo(BounceReason.POLICY_VIOLATION);
  }

  @Test
  void aFooterNamingABlocklistNeverHidesAMissingMailbox() {
    ReasonVerdict v =
        failed(
            "5.1.1",
            "550",
            "550 5.1.1 <a@example.org>: user unknown; blocklist removal: see our help pages");
    assertThat(v.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(hard(v, "5.1.1", "550")).isTrue();
  }

  @Test
  void aTemporaryRefusalInANoticeOfFailureExpiredInTheQueue() {
    assertThat(failed("4.0.0", "451", "451 please come back later").reason())
        .isEqualTo(BounceReason.EXPIRED);
    assertThat(failed("", "421", "421 closing connection").reason())
        .isEqualTo(BounceReason.EXPIRED);
  }

  @Test
  void aRefusalAtMailFromWithNoCauseNamedIsAboutOurSender() {
    ReasonVerdict v = failed("5.0.0", "550", "550 go elsewhere (in reply to MAIL FROM command)");
    assertThat(v.reason()).isEqualTo(BounceReason.REJECTED);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.LOW);
    assertThat(hard(v, "5.0.0", "550")).isFalse();
  }

  @Test
  void anInvalidCommandStatusIsASyntaxErrorUnlessTheWordsNameACause() {
    assertThat(failed("5.5.1", "550", "550 5.5.1 what?").reason())
        .isEqualTo(BounceReason.SYNTAX_ERROR);
    assertThat(failed("5.5.1", "550", "550 5.5.1 mailbox full").reason())
        .isEqualTo(BounceReason.MAILBOX_FULL);
  }

  @Test
  void aMessageOlderThanTheQueueAllowsExpired() {
    assertThat(failed("", "", "maximum time in queue reached, giving the message back").reason())
        .isEqualTo(BounceReason.EXPIRED);
    assertThat(failed("5.0.0", "", "queue lifetime exceeded").reason())
        .isEqualTo(BounceReason.EXPIRED);
  }

  @Test
  void anUnknownNameAtTheGreetingOrHeloIsAboutOurHostAndSoft() {
    ReasonVerdict v = failed("5.0.0", "550", "550 host name not found (in reply to EHLO command)");
    assertThat(v.reason()).isEqualTo(BounceReason.BLOCKED);
    assertThat(hard(v, "5.0.0", "550")).isFalse();
    assertThat(failed("5.7.1", "554", "554 5.7.1 Helo command rejected: Host not found").reason())
        .isEqualTo(BounceReason.BLOCKED);
    assertThat(failed("5.7.1", "554", "554 5.7.1 Client host rejected: go away").reason())
        .isEqualTo(BounceReason.BLOCKED);
  }

  @Test
  void aDomainThatReceivesNoMailIsNotAcceptAndHardButAPersonNotReceivingIsNot() {
    ReasonVerdict v = failed("5.0.0", "550", "550 this domain does not receive email");
    assertThat(v.reason()).isEqualTo(BounceReason.NOT_ACCEPT);
    assertThat(hard(v, "5.0.0", "550")).isTrue();
    assertThat(failed("5.0.0", "550", "550 the server is not configured to accept mail").reason())
        .isEqualTo(BounceReason.NOT_ACCEPT);
    assertThat(failed("5.0.0", "550", "550 she is not receiving mail this week").reason())
        .isNotEqualTo(BounceReason.NOT_ACCEPT);
  }

  @Test
  void aMailboxUnavailableOrFullIsFullNotMissing() {
    ReasonVerdict v = failed("5.0.0", "550", "550 mailbox unavailable or full");
    assertThat(v.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
    assertThat(hard(v, "5.0.0", "550")).isFalse();
    assertThat(failed("", "452", "452 not enough space left in the recipient's mailbox").reason())
        .isEqualTo(BounceReason.MAILBOX_FULL);
  }

  @Test
  void aSenderThatMustAuthenticateIsASecurityErrorNotAPolicy() {
    assertThat(failed("5.7.1", "550", "550 5.7.1 policy: client was not authenticated").reason())
        .isEqualTo(BounceReason.SECURITY_ERROR);
    assertThat(failed("5.7.0", "530", "530 5.7.0 please authenticate first").reason())
        .isEqualTo(BounceReason.SECURITY_ERROR);
  }

  @Test
  void aPermanentRefusalWithNothingElseStaysOnHold() {
    assertThat(failed("5.0.0", "550", "550 go elsewhere").reason()).isEqualTo(BounceReason.ON_HOLD);
  }

  @Test
  void aMissingMailboxGivenWithATemporaryStatusIsStillHard() {
    ReasonVerdict v = failed("4.1.1", "450", "450 4.1.1 no such user (in reply to RCPT TO)");
    assertThat(v.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(hard(v, "4.1.1", "450")).isTrue();
  }

  @Test
  void aMailboxCodeNextToARefusedRelayIsSoftAndUncertain() {
    ReasonVerdict v = failed("5.1.1", "550", "550 5.1.1 relay access denied");
    assertThat(v.reason()).isEqualTo(BounceReason.NO_RELAYING);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.LOW);
  }
}
