package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.escalationrouter.bounce.reason.BounceReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cloud senders' bounce events forwarded to a mailbox as JSON (Mailgun, Postmark, Mandrill,
 * SendGrid; Amazon SES has its own reader and samples in the corpus), and their plain-text notices.
 * The corpus has SES and SendGrid notices but no Mailgun, Postmark or Mailchimp/Mandrill; the
 * events here are written for this test with the field names those services document.
 */
class CloudSenderEventsTest {

  private static String mail(String from, String subject, String type, String body) {
    return "From: "
        + from
        + "\r\nTo: ops@example.com\r\nSubject: "
        + subject
        + "\r\nDate: Wed, 3 Jun 2026 08:00:00 +0000\r\nMessage-ID: <cloud1@example.net>\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: "
        + type
        + "\r\n\r\n"
        + body
        + "\r\n";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mailgun permanent | Mailgun <postmaster@mg.example.com> | Delivery failure: invoice 42 | {"signature":{"timestamp":"1780000000"},"event-data":{"event":"failed","severity":"permanent","reason":"bounce","recipient":"ann@far.example.org","delivery-status":{"code":550,"enhanced-code":"5.1.1","message":"The account you wrote to does not exist","description":""}}} | ann@far.example.org | failed | 5.1.1 | userunknown | true
          mailgun temporary | Mailgun <postmaster@mg.example.com> | Delivery failure: invoice 42 | {"event-data":{"event":"failed","severity":"temporary","recipient":"amy@far.example.org","delivery-status":{"code":452,"message":"Mailbox over quota, try later"}}} | amy@far.example.org | delayed | | mailboxfull | false
          postmark hard | Postmark <noreply@postmark.example> | Bounce notification | {"RecordType":"Bounce","Type":"HardBounce","TypeCode":1,"Description":"The server could not deliver your message.","Details":"smtp;550 5.1.1 No such mailbox here","Email":"ben@far.example.org","BouncedAt":"2026-06-03T08:00:00Z"} | ben@far.example.org | failed | 5.1.1 | userunknown | true
          postmark soft | Postmark <noreply@postmark.example> | Bounce notification | {"RecordType":"Bounce","Type":"SoftBounce","Details":"smtp;452 4.2.2 Mailbox full","Email":"bea@far.example.org"} | bea@far.example.org | delayed | 4.2.2 | mailboxfull | false
          mandrill hard | Mandrill <noreply@mandrill.example> | Webhook: hard_bounce | [{"event":"hard_bounce","ts":1780000000,"msg":{"email":"cleo@far.example.org","state":"bounced","bounce_description":"bad_mailbox","diag":"smtp;550 5.1.1 <cleo@far.example.org>: Recipient address rejected: User unknown"}}] | cleo@far.example.org | failed | 5.1.1 | userunknown | true
          sendgrid bounce | SendGrid <noreply@sendgrid.example> | Event webhook: bounce | [{"email":"dan@far.example.org","event":"bounce","type":"bounce","status":"5.2.2","reason":"552 5.2.2 The account you wrote to is over quota","timestamp":1780000000}] | dan@far.example.org | failed | 5.2.2 | mailboxfull | false
          sendgrid blocked | SendGrid <noreply@sendgrid.example> | Event webhook: bounce | [{"email":"don@far.example.org","event":"bounce","type":"blocked","status":"5.7.1","reason":"550 5.7.1 Client host blocked using a DNSBL"}] | don@far.example.org | failed | 5.7.1 | blocked | false
          """)
  void jsonEventsForwardedByMailAreRead(
      String name,
      String from,
      String subject,
      String json,
      String recipient,
      String action,
      String status,
      String reason,
      boolean hard) {
    for (String type : new String[] {"application/json", "text/plain; charset=utf-8"}) {
      DeliveryRecord r = UnseenFormatsTest.only(mail(from, subject, type, json));
      assertThat(r.recipient()).as("%s as %s", name, type).isEqualTo(recipient);
      assertThat(r.action()).as(name).isEqualTo(action);
      assertThat(r.status()).as(name).isEqualTo(status);
      assertThat(r.reason().wireName()).as(name).isEqualTo(reason);
      assertThat(r.hard()).as(name).isEqualTo(hard);
    }
  }

  @Test
  void mandrillPlainNoticeFromABouncesMailboxIsABounce() {
    DeliveryRecord r =
        UnseenFormatsTest.only(
            mail(
                    "Mailchimp Transactional <bounces@mandrill.example>",
                    "Delivery failure for your message",
                    "text/plain; charset=utf-8",
                    "Your message to fay@far.example.org could not be delivered.\r\n"
                        + "The recipient's server said: 552 5.2.2 Mailbox full")
                .replace("From: ", "Return-Path: <>\r\nFrom: "));
    assertThat(r.recipient()).isEqualTo("fay@far.example.org");
    assertThat(r.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
    assertThat(r.hard()).isFalse();
  }

  @Test
  void mailgunPlainNoticeGivesTheRemoteReply() {
    DeliveryRecord r =
        UnseenFormatsTest.only(
            mail(
                "Mailgun Postmaster <postmaster@mg.example.com>",
                "Undelivered Mail Returned to Sender",
                "text/plain; charset=utf-8",
                "We could not deliver your message to the following recipient.\r\n\r\n"
                    + "Recipient: eve@far.example.org\r\n"
                    + "Reason: 550 5.7.1 Service unavailable; client host [198.51.100.7] blocked"
                    + " using a DNS blocklist\r\n"));
    assertThat(r.recipient()).isEqualTo("eve@far.example.org");
    assertThat(r.reason()).isEqualTo(BounceReason.BLOCKED);
    assertThat(r.hard()).isFalse();
  }

  @Test
  void hostileJsonNeitherThrowsNorInventsRecipients() {
    String deep = "[".repeat(50_000) + "]".repeat(50_000);
    String notArray = "{\"event\":\"bounce\",\"email\":" + "{\"a\":".repeat(5_000) + "1";
    for (String body : new String[] {deep, notArray, "[1,2,3]", "{\"event\":\"bounce\"}"}) {
      var found =
          AutomatedMailDetector.withDefaults()
              .detect(
                  mail(
                          "Mailgun <postmaster@mg.example.com>",
                          "Delivery failure",
                          "application/json",
                          body)
                      .getBytes(StandardCharsets.UTF_8));
      found.ifPresent(
          mail ->
              assertThat(mail.records())
                  .allSatisfy(rec -> assertThat(rec.recipient()).doesNotContain("{")));
    }
  }
}
