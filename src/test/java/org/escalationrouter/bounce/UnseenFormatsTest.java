package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.format.SmtpCodes;
import org.escalationrouter.bounce.reason.RuleScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notices in the layouts of sending MTAs the corpus has no sample of (layouts as Sisimai's lhost
 * modules describe them; the texts here are written for the test): the general handling must read
 * the recipient, the reason and hard/soft without a reader for that family.
 */
class UnseenFormatsTest {

  static DeliveryRecord only(String raw) {
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
    assertThat(r.reason().wireName()).isEqualTo("mailboxfull");
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
    assertThat(r.reason().wireName()).isEqualTo("userunknown");
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
    assertThat(r.reason().wireName()).isEqualTo("mailboxfull");
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
    assertThat(r.reason().wireName()).isEqualTo("hostunknown");
    assertThat(r.hard()).isTrue();
  }

  @Test
  void qmailPlainTextMissingMailboxIsHard() {
    DeliveryRecord r =
        only(
            notice(
                "MAILER-DAEMON@mx.example.org",
                "failure notice",
                "Hi. This is the qmail-send program at mx.example.org.\r\n"
                    + "I'm afraid I wasn't able to deliver your message to the following"
                    + " addresses.\r\nThis is a permanent error; I've given up. Sorry it didn't"
                    + " work out.\r\n\r\n<mika@example.org>:\r\n"
                    + "Sorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"
                    + "--- Below this line is a copy of the message.\r\n"));
    assertThat(r.recipient()).isEqualTo("mika@example.org");
    assertThat(r.reason().wireName()).isEqualTo("userunknown");
    assertThat(r.hard()).isTrue();
  }

  @Test
  void yahooStyleRemoteHostReplyWithAFullMailboxIsSoft() {
    DeliveryRecord r =
        only(
            notice(
                "MAILER-DAEMON@yahoo.example.com",
                "Failure Notice",
                "Sorry, we were unable to deliver your message to the following address.\r\n\r\n"
                    + "<yuki@example.net>:\r\n"
                    + "Remote host said: 552 5.2.2 <yuki@example.net>... Mailbox Full [RCPT_TO]\r\n"
                    + "\r\n--- Below this line is a copy of the message.\r\n"));
    assertThat(r.recipient()).isEqualTo("yuki@example.net");
    assertThat(r.reason().wireName()).isEqualTo("mailboxfull");
    assertThat(r.hard()).isFalse();
  }

  @Test
  void dominoStyleDirectoryMissIsAnUnknownMailbox() {
    DeliveryRecord r =
        only(
            notice(
                "Postmaster@notes.example.jp",
                "DELIVERY FAILURE: User sora (sora@notes.example.jp) not listed in Domino"
                    + " Directory",
                "Your message\r\n\r\n  Subject: hello\r\n\r\nwas not delivered to:\r\n\r\n"
                    + "  sora@notes.example.jp\r\n\r\nbecause:\r\n\r\n"
                    + "  User sora (sora@notes.example.jp) not listed in Domino Directory\r\n\r\n"));
    assertThat(r.recipient()).isEqualTo("sora@notes.example.jp");
    assertThat(r.reason().wireName()).isEqualTo("userunknown");
    assertThat(r.hard()).isTrue();
  }

  @Test
  void exchangeStyleNdrDirectoryLookupIsAnUnknownMailbox() {
    DeliveryRecord r =
        only(
            notice(
                "Microsoft Outlook <postmaster@corp.example.com>",
                "Undeliverable: hello",
                "Delivery has failed to these recipients or groups:\r\n\r\n"
                    + "ren@corp.example.com\r\nThe email address you entered couldn't be found."
                    + "\r\n\r\nDiagnostic information for administrators:\r\n\r\n"
                    + "Generating server: EX01.corp.example.com\r\n\r\nren@corp.example.com\r\n"
                    + "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient"
                    + " not found by SMTP address lookup'\r\n\r\nOriginal message headers:\r\n"));
    assertThat(r.recipient()).isEqualTo("ren@corp.example.com");
    assertThat(r.reason().wireName()).isEqualTo("userunknown");
    assertThat(r.hard()).isTrue();
  }

  /**
   * Receiving providers' replies quoted by a relay, with the provider's own rules switched off as
   * if it had never been seen: the general vocabulary must still get the reason and hard/soft.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rhost-mimecast|550 Invalid Recipient - https://community.example/docs#550|userunknown|true",
        "rhost-tencent|550 Mailbox not found or access denied|userunknown|true",
        "rhost-yahooinc|554 delivery error: dd This user doesn't have a yahoo.example account"
            + "|userunknown|true",
        "rhost-google|550-5.1.1 The email account that you tried to reach does not exist."
            + "|userunknown|true",
        "rhost-apple|552 5.2.2 <a@example.org>: user is over quota|mailboxfull|false",
        "rhost-microsoft|550 5.7.606 Access denied, banned sending IP [192.0.2.1]|blocked|false",
        "rhost-messagelabs|553-SPF (Sender Policy Framework) domain authentication fail|authfailure|false",
        "rhost-messagelabs|550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org|blocked|false",
        "rhost-messagelabs|553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)|norelaying|false",
        "rhost-cox|554 5.7.1 cox too many connections from your IP|toomanyconn|false",
        "rhost-zoho|550 5.1.1 Invalid Address|userunknown|true",
        "rhost-gsuite|552-5.2.2 The email account that you tried to reach is over quota|mailboxfull|false",
        "rhost-outlook|550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list|blocked|false",
        "rhost-aol|554 5.7.9 Message not accepted for policy reasons|policyviolation|false",
        "rhost-iua|550 5.1.1 Mailbox does not exist|userunknown|true",
        "rhost-kddi|550 : User unknown|userunknown|true",
        "rhost-spectrum|550 5.1.0 <s@example.org> sender rejected|rejected|false",
        "rhost-microsoft|550 5.4.1 Recipient address rejected: Access denied|userunknown|true",
        "rhost-google|550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy|authfailure|false"
      })
  void aProviderNeverSeenIsReadByTheGeneralVocabulary(
      String family, String reply, String reason, boolean hard) {
    String diagnostic =
        "host mx.provider.example[192.0.2.9] said: " + reply + " (in reply to RCPT TO command)";
    ReasonVerdict v =
        ReasonClassifier.verdict(
            new ReportedRecipient("a@example.org", "failed", "", "", diagnostic),
            "",
            "",
            true,
            new RuleScope(family));
    String status = SmtpCodes.enhancedStatus(reply).orElse("");
    String replyCode = SmtpCodes.replyCode(reply).orElse("");
    assertThat(v.reason().wireName()).isEqualTo(reason);
    assertThat(v.reason().isHard(status, replyCode)).isEqualTo(hard);
  }

  @Test
  void exchange2003StyleNdrForAMissingAccountIsHard() {
    DeliveryRecord r =
        only(
            notice(
                "System Administrator <postmaster@ex.example.jp>",
                "Undeliverable: hello",
                "Your message did not reach some or all of the intended recipients.\r\n\r\n"
                    + "      Subject:  hello\r\n\r\n"
                    + "The following recipient(s) cannot be reached:\r\n\r\n"
                    + "      kaito@ex.example.jp on 6/1/2026 10:00 AM\r\n"
                    + "            The e-mail account does not exist at the organization this"
                    + " message was sent to.\r\n"
                    + "            <mx.ex.example.jp #5.1.1>\r\n"));
    assertThat(r.recipient()).isEqualTo("kaito@ex.example.jp");
    assertThat(r.reason().wireName()).isEqualTo("userunknown");
    assertThat(r.hard()).isTrue();
  }

  @Test
  void postfixStyleDelayWarningIsSoft() {
    var found =
        AutomatedMailDetector.withDefaults()
            .detect(
                AutomatedMailDetector.parse(
                    notice(
                            "MAILER-DAEMON@mail.example.com",
                            "Delayed Mail (still being retried)",
                            "This is the mail system at host mail.example.com.\r\n\r\n"
                                + "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR"
                                + " MESSAGE. #\r\n\r\n"
                                + "Your message could not be delivered for more than 4 hour(s)."
                                + "\r\nIt will be retried until it is 5 day(s) old.\r\n\r\n"
                                + "<rin@example.jp>: connect to mx.example.jp[192.0.2.3]:25:"
                                + " Connection timed out\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(found).isPresent();
    assertThat(found.get().records()).isNotEmpty();
    DeliveryRecord r = found.get().records().get(0);
    assertThat(r.recipient()).isEqualTo("rin@example.jp");
    assertThat(r.hard()).isFalse();
    assertThat(r.reason().wireName()).isIn("expired", "networkerror");
  }

  @Test
  void gmxStyleEximNoticeNamesTheCommandAndTheMailbox() {
    DeliveryRecord r =
        only(
            notice(
                "\"Mail Delivery System\" <mailer-daemon@gmx.example>",
                "Mail delivery failed: returning message to sender",
                "This message was created automatically by mail delivery software.\r\n\r\n"
                    + "A message that you sent could not be delivered to one or more of\r\n"
                    + "its recipients. This is a permanent error. The following address(es)\r\n"
                    + "failed:\r\n\r\n\"shota@example.jp\":\r\n"
                    + "SMTP error from remote server after RCPT command:\r\n"
                    + "host: mx.example.jp\r\n"
                    + "5.1.1 <shota@example.jp>: Recipient address rejected: User unknown in"
                    + " virtual mailbox table\r\n\r\n"
                    + "--- The header of the original message is following. ---\r\n"));
    assertThat(r.recipient()).isEqualTo("shota@example.jp");
    assertThat(r.reason().wireName()).isEqualTo("userunknown");
    assertThat(r.hard()).isTrue();
  }
}
