package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.bounce.reason.BounceReason;
import org.junit.jupiter.api.Test;

/**
 * Notices of common mail servers that Sisimai has no module for and the corpus no sample of
 * (hMailServer, Kerio Connect, MDaemon, CommuniGate Pro, SmarterMail, GroupWise, IceWarp, NetEase):
 * laid out as those servers lay out their notices, in words written for this test. The general
 * reader must find the recipient, the status and the server's words, so that the reason and
 * hard/soft come out right without a reader for that server.
 */
class CommonServerNoticesTest {

  private static DeliveryRecord read(String from, String subject, String body) {
    return UnseenFormatsTest.only(
        "From: "
            + from
            + "\r\nTo: sender@example.com\r\nSubject: "
            + subject
            + "\r\nDate: Wed, 3 Jun 2026 08:00:00 +0000\r\nMessage-ID: <c1@mx.example.net>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + body);
  }

  @Test
  void hMailServerNamesTheRecipientThenTheRemoteReply() {
    DeliveryRecord r =
        read(
            "mailer-daemon@mail.example.com",
            "Message undeliverable: quarterly figures",
            "Your message did not reach some or all of the intended recipients.\r\n\r\n"
                + "   Sent: Wed, 03 Jun 2026 09:58:12 +0200\r\n"
                + "   Subject: quarterly figures\r\n\r\n"
                + "The following recipient(s) could not be reached:\r\n\r\n"
                + "ann@far.example.org\r\n"
                + "   Error Type: SMTP\r\n"
                + "   Remote server (192.0.2.10) issued an error.\r\n"
                + "   hMailServer sent: RCPT TO:<ann@far.example.org>\r\n"
                + "   Remote server replied: 550 5.1.1 <ann@far.example.org>: Recipient address"
                + " rejected: User unknown in virtual mailbox table\r\n\r\n"
                + "hMailServer\r\n");
    assertThat(r.recipient()).isEqualTo("ann@far.example.org");
    assertThat(r.status()).isEqualTo("5.1.1");
    assertThat(r.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(r.hard()).isTrue();
  }

  @Test
  void kerioConnectIndentsTheReplyUnderTheRecipient() {
    DeliveryRecord r =
        read(
            "\"Mail Delivery Subsystem\" <postmaster@kerio.example.com>",
            "Undelivered mail: invoice 42",
            "Your message did not reach some or all of the intended recipients.\r\n\r\n"
                + "   Subject: invoice 42\r\n\r\n"
                + "The following recipient(s) could not be reached:\r\n\r\n"
                + "   ben@far.example.org\r\n"
                + "      Error Type: SMTP\r\n"
                + "      Remote server replied: 552 5.2.2 Mailbox quota exceeded\r\n");
    assertThat(r.recipient()).isEqualTo("ben@far.example.org");
    assertThat(r.status()).isEqualTo("5.2.2");
    assertThat(r.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
    assertThat(r.hard()).isFalse();
  }

  @Test
  void mdaemonSessionTranscriptGivesTheRecipientsReply() {
    DeliveryRecord r =
        read(
            "MDaemon@mx.example.com",
            "Permanent Delivery Failure",
            "The attached message had PERMANENT fatal delivery errors!\r\n\r\n"
                + "After one or more unsuccessful delivery attempts the attached message has\r\n"
                + "been removed from the mail queue on this server.\r\n\r\n"
                + "--- Session Transcript ---\r\n"
                + " Wed 2026-06-03 10:00:01.120: Attempting SMTP connection to [mx.far.example.org]\r\n"
                + " Wed 2026-06-03 10:00:01.310: --> MAIL From:<sender@example.com>\r\n"
                + " Wed 2026-06-03 10:00:01.400: <-- 250 2.1.0 Ok\r\n"
                + " Wed 2026-06-03 10:00:01.410: --> RCPT To:<cleo@far.example.org>\r\n"
                + " Wed 2026-06-03 10:00:01.500: <-- 550 5.1.1 <cleo@far.example.org>: no such"
                + " user here\r\n"
                + "--- End Transcript ---\r\n");
    assertThat(r.recipient()).isEqualTo("cleo@far.example.org");
    assertThat(r.status()).isEqualTo("5.1.1");
    assertThat(r.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(r.hard()).isTrue();
  }

  @Test
  void communiGateProQuotesTheAddressAndTheModulesReport() {
    DeliveryRecord r =
        read(
            "MAILER-DAEMON@cgp.example.com",
            "Undeliverable mail: Failed to deliver to '<dan@far.example.org>'",
            "Failed to deliver to '<dan@far.example.org>'\r\n"
                + "SMTP module(domain far.example.org) reports:\r\n"
                + " host mx.far.example.org says:\r\n"
                + " 550 5.7.1 Message rejected: sending host is listed in a DNS blocklist\r\n");
    assertThat(r.recipient()).isEqualTo("dan@far.example.org");
    assertThat(r.status()).isEqualTo("5.7.1");
    assertThat(r.reason()).isEqualTo(BounceReason.BLOCKED);
    assertThat(r.hard()).isFalse();
  }

  @Test
  void smarterMailPutsDetailsBelowTheRecipient() {
    DeliveryRecord r =
        read(
            "\"Mail Delivery Subsystem\" <postmaster@smarter.example.com>",
            "Undeliverable: meeting notes",
            "Delivery has failed to these recipients or groups:\r\n\r\n"
                + "eve@far.example.org\r\n"
                + "The e-mail address you entered couldn't be found.\r\n\r\n"
                + "Diagnostic information for administrators:\r\n"
                + "Remote Server returned '550 5.1.1 eve@far.example.org mailbox unavailable'\r\n");
    assertThat(r.recipient()).isEqualTo("eve@far.example.org");
    assertThat(r.status()).isEqualTo("5.1.1");
    assertThat(r.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(r.hard()).isTrue();
  }

  @Test
  void groupWiseStatusReportNamesTheUndeliverableAddress() {
    DeliveryRecord r =
        read(
            "postmaster@gw.example.com",
            "Message status - undeliverable",
            "The message that you sent was not delivered to all recipients.\r\n\r\n"
                + "  Undeliverable: finn@far.example.org\r\n"
                + "  550 5.2.1 The mailbox has been disabled\r\n");
    assertThat(r.recipient()).isEqualTo("finn@far.example.org");
    assertThat(r.status()).isEqualTo("5.2.1");
    assertThat(r.reason()).isEqualTo(BounceReason.SUSPEND);
    assertThat(r.hard()).isFalse();
  }

  @Test
  void iceWarpTemporaryFailureIsSoft() {
    DeliveryRecord r =
        read(
            "Mail Delivery Subsystem <postmaster@icewarp.example.com>",
            "Message delivery failed",
            "Delivery to the following recipient(s) failed permanently after retries:\r\n\r\n"
                + "     gus@far.example.org\r\n"
                + "     Reason: 451 4.3.0 Temporary local problem, please try again later\r\n");
    assertThat(r.recipient()).isEqualTo("gus@far.example.org");
    assertThat(r.reason().isHard(r.status(), r.replyCode())).isFalse();
    assertThat(r.hard()).isFalse();
  }

  @Test
  void netEaseChineseNoticeIsABounceAndNamesTheMissingMailbox() {
    DeliveryRecord r =
        read(
            "postmaster@163.example.com",
            "系统退信",
            "抱歉，您的邮件未能成功投递。\r\n\r\n"
                + "收件人：hua@far.example.org\r\n"
                + "退信原因：550 5.1.1 用户不存在 (user not found)\r\n");
    assertThat(r.recipient()).isEqualTo("hua@far.example.org");
    assertThat(r.status()).isEqualTo("5.1.1");
    assertThat(r.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(r.hard()).isTrue();
  }
}
