package org.escalationrouter.bounce.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of failure in its general wording, in English and in the languages servers write
 * notices in, with the near misses that must stay with another reason. The sentences are written
 * for the test, not taken from any sample.
 */
class VocabularyByKindTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "550 daily sending quota exceeded for this account | SPEEDING",
        "554 your outbound limit has been reached, try tomorrow | SPEEDING",
        "452 you have exceeded your hourly sending limit | SPEEDING",
        "450 you are being rate-limited | SPEEDING",
        "421 you are sending too fast, slow down | SPEEDING",
        "554 Ihr Sendelimit ist überschritten | SPEEDING",
        "421 Zu viele Nachrichten von Ihrer Adresse | SPEEDING",
        "421 Trop de messages envoyés, réessayez plus tard | SPEEDING",
        "550 Limite d'envoi atteinte | SPEEDING",
        "421 Demasiados mensajes enviados desde su cuenta | SPEEDING",
        "421 Troppi messaggi inviati, riprovare più tardi | SPEEDING",
        "421 Muitas mensagens enviadas | SPEEDING",
        "421 Zbyt wiele wiadomości wysłanych w krótkim czasie | SPEEDING",
        "421 Te veel berichten verzonden, probeer later opnieuw | SPEEDING",
        "450 送信数の上限を超えました | SPEEDING",
        "450 发送频率过高，请稍后再试 | SPEEDING",
        "450 Слишком много писем, повторите позже | SPEEDING",
        // the recipient's quota or a crowded mailbox is no sending limit
        "552 recipient quota exceeded | MAILBOX_FULL",
        "452 Zu viele Nachrichten im Postfach | ON_HOLD"
      })
  void aSendingLimitIsSpeedingNotAFullMailbox(String diagnostic, BounceReason expected) {
    assertThat(GeneralVocabularyTest.read(diagnostic)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "552 the recipient has exhausted allowed storage space | MAILBOX_FULL",
        "452 mailbox ran out of space | MAILBOX_FULL",
        "452 Kein freier Speicherplatz im Postfach | MAILBOX_FULL",
        "452 Espacio insuficiente en el buzón | MAILBOX_FULL",
        "452 Spazio esaurito nella casella | MAILBOX_FULL",
        "452 Brak miejsca w skrzynce odbiorcy | MAILBOX_FULL",
        "452 Onvoldoende opslagruimte | MAILBOX_FULL",
        "552 message exceeded maximum size permitted | MESSAGE_TOO_BIG",
        "552 size limit exceeded | MESSAGE_TOO_BIG",
        "552 email is larger than the maximum allowed by this server | MESSAGE_TOO_BIG",
        // a full mailbox said of the recipient's limit stays a full mailbox
        "552 the user's mailbox exceeded its quota | MAILBOX_FULL",
        "552 メールボックスがいっぱいです | MAILBOX_FULL",
        "552 メールサイズが制限を超えています | MESSAGE_TOO_BIG",
        "552 メールサイズ超過 | MESSAGE_TOO_BIG",
        "552 邮件大小超过限制 | MESSAGE_TOO_BIG",
        "552 메일 크기가 초과되었습니다 | MESSAGE_TOO_BIG",
        "552 Размер сообщения превышает допустимый | MESSAGE_TOO_BIG",
        "552 Превышен размер сообщения | MESSAGE_TOO_BIG",
        // the size of the mailbox exceeded is the mailbox's, not the message's
        "552 Превышен размер почтового ящика | MAILBOX_FULL"
      })
  void storageUsedUpAndMessagesTooBigAreToldApart(String diagnostic, BounceReason expected) {
    assertThat(GeneralVocabularyTest.read(diagnostic)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "550 name or service not known | HOST_UNKNOWN",
        "550 invalid recipient domain | HOST_UNKNOWN",
        "550 Het domein bestaat niet | HOST_UNKNOWN",
        "550 Domänen finns inte | HOST_UNKNOWN",
        "550 Doména neexistuje | HOST_UNKNOWN",
        "550 recipient is no longer on this server | USER_UNKNOWN",
        "550 address not present in directory | USER_UNKNOWN",
        "550 unknown email address | USER_UNKNOWN",
        "550 Mottagaren finns inte | USER_UNKNOWN",
        "550 Brugeren findes ikke | USER_UNKNOWN",
        "550 用户不存在 | USER_UNKNOWN",
        // the domain named as the sender's, not the recipient's, is a refused sender
        "553 sender domain does not exist | REJECTED"
      })
  void aMissingDomainOrMailboxInAnyLanguage(String diagnostic, BounceReason expected) {
    assertThat(GeneralVocabularyTest.read(diagnostic)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "550 Absenderadresse ist unbekannt | REJECTED",
        "550 Der Absender wurde abgelehnt | REJECTED",
        "550 Adresse expéditeur refusée | REJECTED",
        "550 Remitente rechazado | REJECTED",
        "550 Remetente rejeitado | REJECTED",
        "550 Mittente rifiutato | REJECTED",
        "550 Nadawca został odrzucony | REJECTED",
        "550 Afzender geweigerd | REJECTED",
        "550 Nachricht wurde vom Empfänger abgelehnt | FILTERED",
        "550 Message refusé par le destinataire | FILTERED",
        "550 Mensaje rechazado por el destinatario | FILTERED",
        "550 Mensagem rejeitada pelo destinatário | FILTERED",
        "550 Messaggio rifiutato dal destinatario | FILTERED",
        "550 Wiadomość odrzucona przez odbiorcę | FILTERED",
        "550 Bericht geweigerd door de ontvanger | FILTERED",
        "550 受信拒否設定により配信できません | FILTERED",
        // the recipient's own address unknown is no refused sender
        "550 Die Adresse ist unbekannt | USER_UNKNOWN",
        "550 Destinataire inconnu | USER_UNKNOWN",
        // the sender's IP blocked is the blocklist's, not a refused sender address
        "550 adresse IP de l'expéditeur bloquée | BLOCKED",
        "554 Die IP-Adresse des Absenders ist gesperrt | BLOCKED"
      })
  void aRefusedSenderAndARecipientsOwnRefusalAreToldApart(
      String diagnostic, BounceReason expected) {
    assertThat(GeneralVocabularyTest.read(diagnostic)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "421 connection limit reached for your host | TOO_MANY_CONN",
        "421 maximum number of concurrent connections reached | TOO_MANY_CONN",
        "421 too many errors from your host, closing | TOO_MANY_CONN",
        "535 invalid credentials | SECURITY_ERROR",
        "530 smtp auth required | SECURITY_ERROR",
        "535 login failed | SECURITY_ERROR",
        "530 Authentifizierung erforderlich | SECURITY_ERROR",
        "535 Authentification échouée | SECURITY_ERROR",
        "530 Autenticación requerida | SECURITY_ERROR",
        "530 Autenticação necessária | SECURITY_ERROR",
        "530 Autenticazione richiesta | SECURITY_ERROR",
        "530 Wymagane uwierzytelnienie | SECURITY_ERROR",
        "530 Authenticatie vereist | SECURITY_ERROR",
        "530 認証が必要です | SECURITY_ERROR",
        // a failed SPF or DKIM check is the message's authentication, not the client's login
        "550 SPF check failed | AUTH_FAILURE"
      })
  void connectionCapsAndLoginsInAnyLanguage(String diagnostic, BounceReason expected) {
    assertThat(GeneralVocabularyTest.read(diagnostic)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "554 Die Nachricht enthält einen Virus | VIRUS_DETECTED",
        "554 Wiadomość zawiera wirusa | VIRUS_DETECTED",
        "554 A mensagem contém um vírus | VIRUS_DETECTED",
        "554 ウイルスが検出されました | VIRUS_DETECTED",
        "554 邮件含有病毒 | VIRUS_DETECTED",
        "550 Die Nachricht verstößt gegen unsere Richtlinie | POLICY_VIOLATION",
        "550 Message contraire à notre politique de sécurité | POLICY_VIOLATION",
        "550 El mensaje viola nuestras normas de uso | POLICY_VIOLATION",
        "550 A mensagem viola a política do domínio | POLICY_VIOLATION",
        "550 Il messaggio viola le norme del servizio | POLICY_VIOLATION",
        "550 Wiadomość narusza zasady serwera | POLICY_VIOLATION",
        "550 Bericht is in strijd met het beleid | POLICY_VIOLATION",
        "550 Nachricht als Spam eingestuft, verstößt gegen unsere Richtlinie | SPAM_DETECTED",
        "550 Сообщение похоже на спам | SPAM_DETECTED",
        "550 迷惑メールと判定されました | SPAM_DETECTED",
        "550 邮件被识别为垃圾邮件 | SPAM_DETECTED",
        "550 스팸으로 분류되었습니다 | SPAM_DETECTED"
      })
  void aVirusAndAPolicyRefusalInAnyLanguageWithSpamStillFirst(
      String diagnostic, BounceReason expected) {
    assertThat(GeneralVocabularyTest.read(diagnostic)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "451 Systemfehler, bitte später erneut versuchen | SYSTEM_ERROR",
        "451 Erreur interne du serveur | SYSTEM_ERROR",
        "451 Error interno del servidor | SYSTEM_ERROR",
        "451 Erro interno do servidor | SYSTEM_ERROR",
        "451 Errore interno del server | SYSTEM_ERROR",
        "451 Błąd wewnętrzny serwera | SYSTEM_ERROR",
        "451 Interne serverfout | SYSTEM_ERROR",
        "451 DNS-Fehler bei der Zustellung | NETWORK_ERROR",
        "451 Erreur DNS temporaire | NETWORK_ERROR",
        "451 Error de DNS | NETWORK_ERROR",
        "421 Verbindung wurde abgelehnt | NETWORK_ERROR",
        "421 Connexion refusée par l'hôte distant | NETWORK_ERROR",
        "421 Conexión rechazada | NETWORK_ERROR",
        "421 Connessione rifiutata | NETWORK_ERROR",
        "421 Połączenie zostało odrzucone | NETWORK_ERROR",
        "421 Verbinding geweigerd | NETWORK_ERROR",
        "451 Zeitüberschreitung der Verbindung | EXPIRED",
        "451 Délai d'attente dépassé | EXPIRED",
        "451 Tiempo de espera agotado | EXPIRED",
        "451 Przekroczono czas oczekiwania | EXPIRED",
        "550 Benutzer unbekannt, Verbindung wurde abgebrochen | USER_UNKNOWN",
        "550 Postfach voll | MAILBOX_FULL"
      })
  void theReceiversFaultsAndTheWayThereInAnyLanguageAfterTheMailbox(
      String diagnostic, BounceReason expected) {
    assertThat(GeneralVocabularyTest.read(diagnostic)).isEqualTo(expected);
  }
}
