package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.reason.RuleScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 21, sixth round: each reason's general wording as large providers document their replies (a
 * transport policy not met, a sender's domain on a block list, a login refused for too many
 * attempts), measured on the tune half of a table of documented replies (ADR 0003). Every reply
 * here is written for the test in words of our own, so it checks the kind, not one provider's
 * sentence.
 */
class ReasonVocabularyTest {

  private static String reason(String status, String reply, String text) {
    return ReasonClassifier.verdict(
            new ReportedRecipient("a@example.org", "failed", status, reply, text),
            "",
            "",
            true,
            RuleScope.ALL)
        .reason()
        .wireName();
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // (twenty-fourth round, my own sentences) a queue given up after a number of days, in
        // French, German and Spanish; a Spanish account disabled; the recipient named inside the
        // address ("la dirección del destinatario", "adres odbiorcy") with its mailbox code; the
        // sending server on the receiver's deny list
        "||Le message n'a pas pu être remis dans le délai imparti, abandon après 4 jours.|expired",
        "||Zustellung nach 3 Tagen abgebrochen.|expired",
        "||Mensaje abandonado tras 5 días en cola.|expired",
        "|550|La cuenta del destinatario está deshabilitada.|suspend",
        "5.1.1|550|La dirección de correo del destinatario no existe.|userunknown",
        "5.1.1|550|Podany adres odbiorcy nie istnieje.|userunknown",
        "|550|Connection refused: sending server is on our deny list.|blocked",
        // (twenty-third round, my own sentences) an account switched off, said of the recipient
        "||Das Konto des Empfängers wurde gesperrt.|suspend",
        "|550|Le compte du destinataire est désactivé.|suspend",
        "|550|Konto odbiorcy zostało zablokowane.|suspend",
        // a Polish user unknown with its command; the envelope sender itself refused
        "5.1.1|550|Nie ma takiego użytkownika.|userunknown",
        "|550|Envelope sender is not permitted.|rejected",
        // a quota reached, a domain that could not be resolved, too long in the queue, blocked by
        // policy, a recipient who takes nothing from this sender, a sender domain with no MX
        "||Die Mailbox hat ihr Speicherlimit erreicht.|mailboxfull",
        "||El buzón ha superado su cuota.|mailboxfull",
        "||Die Domain example.invalid konnte nicht aufgelöst werden.|hostunknown",
        "||Le nom de domaine example.invalid n'a pas pu être résolu.|hostunknown",
        "||Le message est resté trop longtemps dans la file d'attente.|expired",
        "||Le message a été bloqué par la politique de sécurité de l'organisation.|policyviolation",
        "||Der Empfänger nimmt keine Nachrichten von Ihnen an.|filtered",
        "5.7.1|550|Sender domain has no MX and no A record|rejected",
        // the receiving domain's MTA-STS policy or DANE record could not be met
        "4.4.8|451|Delivery to example.net deferred: its MX failed MTA-STS validation|failedstarttls",
        "5.7.5|550|Certificate of the receiving host failed MTA-STS checks|failedstarttls",
        // the receiver could not store the message safely before accepting it
        "4.4.22|451|Message failed to be replicated to a second server, try again|systemerror",
        // a block list naming the sender's domain or address is about the sender, not the host
        "|554|Your sender domain has been blacklisted by this service|rejected",
        "5.7.1|553|Sorry, that envelope sender is in my badmailfrom list|rejected",
        "|550|Refused: you tried to send as a different address than the one you logged in with|rejected",
        // a block on the sending IP stays a block even when spam is named as its cause
        "|554|This IP has been blocked for a day after sending content judged as spam|blocked",
        // sizes and storage
        "|552|Refused because the message is larger than the maximum size of 10MB|mesgtoobig",
        "|552|Account storage limit reached for this user|mailboxfull",
        "5.5.0|550|Taille limite du message atteinte|mesgtoobig",
        "5.5.0|550|Boite du destinataire archivee|suspend",
        // volume in one session, logins, and a refusal naming spam and viruses together
        "|421|Deferred: too many in a single session, reconnect and send fewer|toomanyconn",
        "4.7.0|454|Too many login attempts from your client, wait and retry|securityerror",
        "|552|Message refused for spam or virus content|spamdetected",
        // fixed wording whatever the phase: a directory lookup in French, a blocklisted link,
        // a list refusing a non-member, a mailbox switched off by its administrator
        "5.0.0|550|Le destinataire est non répertorié dans l'annuaire de la société|userunknown",
        "|554|Refused: blacklisted URL found in the body|spamdetected",
        "|550|Refused: you are not a member of this mailing list|rejected",
        "|550|This mailaddress is administratively disabled|suspend",
        // a reply code that calls the command malformed gives way to a security status
        "5.7.0|503|Changing the sender identity is not allowed here|securityerror",
        // twenty-third round: a delivery program's failure status, a lookup left unfinished
        "||Child process of local_delivery transport returned 75 from command: /bin/filter|mailererror",
        "|554|Delivery program exited with status 1|mailererror",
        "||DNS lookup timed out while resolving the recipient domain|networkerror",
        // the receiving host's disk, spool or I/O
        "|452|Queue directory full, come back later|systemfull",
        "|451|Input/output error while writing the message|systemerror",
        // the recipient chose whom to hear from
        "|550|This user has decided not to receive mail from you|filtered",
        "|550|Der Empfänger nimmt nur Nachrichten von bekannten Absendern an|filtered",
        // forbidden attachments, refused outside mail, our sender refused, a poor reputation
        "|554|Attachments of type .scr are not permitted here|policyviolation",
        "|550|Gli allegati eseguibili non sono consentiti su questo server|policyviolation",
        "|550|Sorry, outside senders are not allowed to write to this list address|policyviolation",
        "|550|Sender domain example.com is not allowed to send here|rejected",
        "|554|Mensaje rechazado por la reputación del remitente|badreputation",
        "|554|Refused, your host is blocked using a DNSBL; see our reputation FAQ|blocked",
        // the message format and the session's encryption
        "|550|Refused: mandatory header Message-ID is missing|notcompliantrfc",
        "|554|Bare CR characters found in the body|contenterror",
        "|421|We cap the number of simultaneous connections per sender, whatever its reputation|toomanyconn",
        "|554|Your IP address has been reported to us as a source of spam|blocked",
        "5.5.2|501|Syntax error in parameters, see RFC 5321 section 4.1|syntaxerror",
        "|553|The address given is not a valid RFC 5321 address|notcompliantrfc",
        "4.7.0|454|STARTTLS is unavailable right now|failedstarttls",
        // volume in a short time, and a queue that dropped the message, in other languages
        "|421|Sie haben zu viele Nachrichten in kurzer Zeit gesendet|speeding",
        "||Die Nachricht wurde nach 5 Tagen aus der Warteschlange entfernt|expired",
      })
  void aReasonIsFoundByItsGeneralWording(
      String status, String reply, String text, String expected) {
    assertThat(reason(status, reply, (reply + " " + status + " " + text).trim()))
        .isEqualTo(expected);
  }
}
