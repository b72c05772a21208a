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
      })
  void aReasonIsFoundByItsGeneralWording(
      String status, String reply, String text, String expected) {
    assertThat(reason(status, reply, (reply + " " + status + " " + text).trim()))
        .isEqualTo(expected);
  }
}
