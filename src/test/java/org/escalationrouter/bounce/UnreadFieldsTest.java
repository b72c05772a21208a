package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.bounce.format.SmtpCodes;
import org.escalationrouter.bounce.reason.BounceReason;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, sixth round: notices whose recipient, code or error text sat where the general reader
 * did not look (a reply code given as a named field, the reason written above the address, no
 * reason at all). Every notice here is written for the test.
 */
class UnreadFieldsTest {

  private static DeliveryRecord only(String from, String subject, String body) {
    String raw =
        "From: "
            + from
            + "\r\nTo: sender@example.com\r\nSubject: "
            + subject
            + "\r\nDate: Tue, 2 Jun 2026 09:00:00 +0000\r\nMessage-ID: <u1@mx.example.net>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + body;
    return UnseenFormatsTest.only(raw);
  }

  @Test
  void aReplyCodeGivenAsANamedFieldIsRead() {
    assertThat(SmtpCodes.replyCode("Error, ERROR_CODE :421, Host not reachable.")).contains("421");
    assertThat(SmtpCodes.replyCode("delivery failed (error code: 550)")).contains("550");
    assertThat(SmtpCodes.replyCode("SMTP code=554 rejected")).contains("554");
    assertThat(SmtpCodes.replyCode("error code 4219 in the log")).isEmpty();
    assertThat(SmtpCodes.replyCode("order code: 123")).isEmpty();
  }

  @Test
  void aTemporaryCodeGivenAsAFieldInAFailureNoticeIsExpiredAndSoft() {
    DeliveryRecord r =
        only(
            "Mail Delivery System <mailer-daemon@webmail.example.net>",
            "Undelivered Mail Returned to Sender",
            "Your message could not be delivered to:\r\n\r\n"
                + "bob@far.example.org Failure, Error code : 451, Transaction aborted.\r\n");
    assertThat(r.recipient()).isEqualTo("bob@far.example.org");
    assertThat(r.replyCode()).isEqualTo("451");
    assertThat(r.reason()).isEqualTo(BounceReason.EXPIRED);
    assertThat(r.hard()).isFalse();
  }

  @Test
  void aNoticeNamingOnlyTheRecipientIsUndefinedNotOnHold() {
    DeliveryRecord r =
        only(
            "Mail Delivery System <mailer-daemon@relay.example.net>",
            "Delivery status notification",
            "Delivery to the following recipients failed.\r\n\r\n   - carol@far.example.org\r\n");
    assertThat(r.recipient()).isEqualTo("carol@far.example.org");
    assertThat(r.reason()).isEqualTo(BounceReason.UNDEFINED);
    assertThat(r.hard()).isFalse();
    assertThat(r.uncertain()).isTrue();
  }

  @Test
  void wordsThatNameNoCauseAreStillOnHold() {
    DeliveryRecord r =
        only(
            "Mail Delivery System <mailer-daemon@relay.example.net>",
            "Delivery status notification",
            "Delivery to the following recipients failed.\r\n\r\n"
                + "dave@far.example.org: the remote server said something we could not read\r\n");
    assertThat(r.reason()).isEqualTo(BounceReason.ON_HOLD);
  }

  @Test
  void aReasonWrittenAboveTheAddressInTheSameBlockIsItsErrorText() {
    DeliveryRecord r =
        only(
            "postmaster@notes.example.net",
            "Undeliverable message",
            "------- Failure Reasons --------\r\n\r\n"
                + "User not listed in public Name & Address Book\r\n"
                + "erin@notes.example.net\r\n\r\n"
                + "------- Returned Message --------\r\n");
    assertThat(r.recipient()).isEqualTo("erin@notes.example.net");
    assertThat(r.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(r.hard()).isTrue();
  }
}
