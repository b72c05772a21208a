package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Notices in the layouts of sending MTAs the corpus has no sample of (layouts as Sisimai's lhost
 * modules describe them; the texts here are written for the test): the general handling must read
 * the recipient, the reason and hard/soft without a reader for that family.
 */
class UnseenFormatsTest {

  private static DeliveryRecord only(String raw) {
    var found =
        AutomatedMailDetector.withDefaults()
            .detect(AutomatedMailDetector.parse(raw.getBytes(StandardCharsets.UTF_8)));
    assertThat(found).isPresent();
    assertThat(found.get().kind()).isEqualTo(AutomatedKind.BOUNCE);
    assertThat(found.get().records()).hasSize(1);
    return found.get().records().get(0);
  }

  private static String notice(String from, String subject, String body) {
    return "From: "
        + from
        + "\r\nTo: sender@example.com\r\nSubject: "
        + subject
        + "\r\nDate: Mon, 1 Jun 2026 10:00:00 +0900\r\nMessage-ID: <n1@mx.example.jp>\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + body
        + "\r\nReceived: from mail.example.com\r\nFrom: sender@example.com\r\n"
        + "To: someone@example.jp\r\nSubject: hello\r\n\r\nhello\r\n";
  }

  @Test
  void biglobeStyleMailboxOverItsLimitIsAFullMailboxAndSoft() {
    DeliveryRecord r =
        only(
            notice(
                "postmaster@biglobe.ne.jp",
                "Returned mail: Delivery failed",
                "   ----- The following addresses had delivery problems -----\r\n"
                    + "taro@mail.biglobe.example.jp\r\n\r\n"
                    + "   ----- Non-delivered information -----\r\n"
                    + "The number of messages in recipient's mailbox exceeded the local limit.\r\n"
                    + "\r\n   ----- Original message -----\r\n"));
    assertThat(r.recipient()).isEqualTo("taro@mail.biglobe.example.jp");
    assertThat(r.reason()).isEqualTo("mailboxfull");
    assertThat(r.hard()).isFalse();
  }

  @Test
  void interScanStyleSessionTranscriptIsReadForTheMailbox() {
    DeliveryRecord r =
        only(
            notice(
                "\"InterScan MSS\" <postmaster@mx.example.jp>",
                "Mail could not be delivered",
                "This message is from the InterScan Messaging Security Suite.\r\n\r\n"
                    + "Unable to deliver the message to the following recipient.\r\n\r\n"
                    + "Sent <<< RCPT TO:<hanako@example.jp>\r\n"
                    + "Received >>> 550 5.1.1 <hanako@example.jp>... User unknown\r\n\r\n"
                    + "------------- Original message -------------\r\n"));
    assertThat(r.recipient()).isEqualTo("hanako@example.jp");
    assertThat(r.reason()).isEqualTo("userunknown");
    assertThat(r.hard()).isTrue();
  }

  @Test
  void smailStyleFailedAddressesOfATelekomRelayAreRead() {
    DeliveryRecord r =
        only(
            notice(
                "Mail Delivery System <Mailer-Daemon@t-online.example>",
                "mail failed, returning to sender",
                "|------------------------- Failed addresses follow: ---------------------|\r\n"
                    + " <erika@t-online.example>\r\n"
                    + "   552 5.2.2 <erika@t-online.example> Quota exceeded (mailbox for user is"
                    + " full)\r\n\r\n"
                    + "|------------------------- Message text follows: ------------------------|\r\n"));
    assertThat(r.recipient()).isEqualTo("erika@t-online.example");
    assertThat(r.reason()).isEqualTo("mailboxfull");
    assertThat(r.hard()).isFalse();
  }

  @Test
  void smailStyleUnknownHostIsHard() {
    DeliveryRecord r =
        only(
            notice(
                "Mail Delivery System <Mailer-Daemon@mx.example.net>",
                "mail failed, returning to sender",
                "|------------------------- Failed addresses follow: ---------------------|\r\n"
                    + " kenji@nyaan.example.com ... unknown host\r\n\r\n"
                    + "|------------------------- Message text follows: ------------------------|\r\n"));
    assertThat(r.recipient()).isEqualTo("kenji@nyaan.example.com");
    assertThat(r.reason()).isEqualTo("hostunknown");
    assertThat(r.hard()).isTrue();
  }
}
