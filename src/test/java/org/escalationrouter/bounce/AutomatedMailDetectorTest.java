package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutomatedMailDetectorTest {

  private final AutomatedMailDetector detector = AutomatedMailDetector.withDefaults();

  private DeliveryRecord firstRecordOf(MimeMessage message, AutomatedKind expectedKind) {
    Optional<AutomatedMail> found = detector.detect(message);
    assertThat(found).isPresent();
    assertThat(found.get().kind()).isEqualTo(expectedKind);
    assertThat(found.get().records()).isNotEmpty();
    return found.get().records().get(0);
  }

  private void assertBounce(String sample, String recipient, String reason, boolean hard) {
    DeliveryRecord record = firstRecordOf(CorpusFiles.bounce(sample), AutomatedKind.BOUNCE);
    assertThat(record.recipient()).isEqualToIgnoringCase(recipient);
    assertThat(record.reason().wireName()).isEqualTo(reason);
    assertThat(record.hard()).isEqualTo(hard);
  }

  @Test
  void detectsUserUnknownFromPostfixBounce() {
    assertBounce("lhost-postfix-31", "kijitora@gmail.com", "userunknown", true);
    DeliveryRecord record =
        firstRecordOf(CorpusFiles.bounce("lhost-postfix-31"), AutomatedKind.BOUNCE);
    assertThat(record.status()).isEqualTo("5.1.1");
    assertThat(record.replyCode()).isEqualTo("550");
    assertThat(record.action()).isEqualTo("failed");
  }

  @Test
  void detectsUserUnknownFromEximBounce() {
    assertBounce("lhost-exim-05", "kijitora@neko.example.co.jp", "userunknown", true);
  }

  @Test
  void detectsMailboxFullFromQmailBounce() {
    assertBounce("lhost-qmail-25", "mailboxfull@libsisimai.net", "mailboxfull", false);
  }

  @Test
  void detectsUserUnknownFromSendmailBounce() {
    assertBounce("lhost-sendmail-37", "kijitora@nyaan.example.com", "userunknown", true);
  }

  @Test
  void detectsUserUnknownFromOffice365Bounce() {
    assertBounce("lhost-office365-11", "kijitora@cr3.neko.nyaan.jp", "userunknown", true);
  }

  @Test
  void detectsMailboxFullFromExchangeBounce() {
    assertBounce("lhost-exchange2007-02", "kijitora@example.edu", "mailboxfull", false);
  }

  @Test
  void detectsMailboxFullFromGmailBounce() {
    assertBounce("lhost-gmail-16", "mailboxfull@bouncehammer.jp", "mailboxfull", false);
  }

  @Test
  void detectsMailboxFullFromYahooBounce() {
    assertBounce("lhost-yahoo-02", "kijitora@example.ed.jp", "mailboxfull", false);
  }

  @Test
  void detectsUserUnknownFromAmazonSesJsonNotice() {
    assertBounce("lhost-amazonses-10", "bounce@simulator.amazonses.com", "userunknown", true);
  }

  @Test
  void detectsHasMovedAsHardBounce() {
    assertBounce("lhost-postfix-16", "kijitora@example.go.jp", "hasmoved", true);
  }

  @Test
  void reportsDelayedDeliveryAsExpiredSoftBounce() {
    DeliveryRecord record =
        firstRecordOf(CorpusFiles.bounce("lhost-outlook-06"), AutomatedKind.BOUNCE);
    assertThat(record.action()).isEqualTo("delayed");
    assertThat(record.reason().wireName()).isEqualTo("expired");
    assertThat(record.hard()).isFalse();
  }

  @Test
  void recognisesRfc3834AutoReplies() {
    for (String sample : new String[] {"rfc3834-01", "rfc3834-02", "rfc3834-05"}) {
      DeliveryRecord record = firstRecordOf(CorpusFiles.bounce(sample), AutomatedKind.AUTO_REPLY);
      assertThat(record.reason().wireName()).as(sample).isEqualTo("vacation");
      assertThat(record.hard()).isFalse();
    }
  }

  @Test
  void recognisesArfFeedbackReport() {
    DeliveryRecord record =
        firstRecordOf(CorpusFiles.bounce("arf-12"), AutomatedKind.FEEDBACK_REPORT);
    assertThat(record.recipient()).isEqualTo("user@example.com");
    assertThat(record.reason().wireName()).isEqualTo("feedback");
  }

  @Test
  void recognisesSuccessfulDeliveryReport() {
    DeliveryRecord record =
        firstRecordOf(CorpusFiles.bounce("rfc3464-28"), AutomatedKind.DELIVERY_REPORT);
    assertThat(record.action()).isEqualTo("delivered");
    assertThat(record.reason().wireName()).isEqualTo("delivered");
  }

  @Test
  void leavesHumanComplaintWithDeliveryWordsAlone() {
    assertThat(detector.detect(fixture("human-complaint-delivery-words.eml"))).isEmpty();
  }

  @Test
  void leavesCustomerReplyQuotingABounceAlone() {
    assertThat(detector.detect(fixture("customer-reply-quoting-bounce.eml"))).isEmpty();
  }

  @Test
  void classifiesNewsletterWithListIdAsBulk() {
    assertThat(detector.detect(fixture("newsletter-list-id.eml")))
        .map(AutomatedMail::kind)
        .contains(AutomatedKind.BULK);
  }

  @Test
  void readsPostfixBounceFromMimeCorpus() {
    assertThat(detector.detect(CorpusFiles.mime("mimekit/bounce.eml")))
        .map(AutomatedMail::kind)
        .contains(AutomatedKind.BOUNCE);
  }

  @Test
  void readsDeliveryStatusFromMimeCorpus() {
    DeliveryRecord record =
        firstRecordOf(CorpusFiles.mime("mimekit/delivery-status.eml"), AutomatedKind.BOUNCE);
    assertThat(record.recipient()).isEqualTo("newsletter-request@imusic.com");
    assertThat(record.action()).isEqualTo("failed");
  }

  @Test
  void readsSesDeliveryStatusFromMimeCorpus() {
    DeliveryRecord record =
        firstRecordOf(CorpusFiles.mime("nodemailer/ses-delivery-status.eml"), AutomatedKind.BOUNCE);
    assertThat(record.recipient()).isEqualTo("xxxx@xxxx.com");
  }

  @Test
  void readsAbuseReportFromMimeCorpusAsFeedback() {
    assertThat(detector.detect(CorpusFiles.mime("mimekit/feedback-report.eml")))
        .map(AutomatedMail::kind)
        .contains(AutomatedKind.FEEDBACK_REPORT);
  }

  @Test
  void treatsReadReceiptAsAutoReply() {
    assertThat(detector.detect(CorpusFiles.mime("mimekit/disposition-notification.eml")))
        .map(AutomatedMail::kind)
        .contains(AutomatedKind.AUTO_REPLY);
  }

  @Test
  void survivesBrokenMimeAndStillReadsTheReport() {
    DeliveryRecord record = firstRecordOf(fixture("broken-mime.eml"), AutomatedKind.BOUNCE);
    assertThat(record.recipient()).isEqualTo("lost@example.net");
    assertThat(record.reason().wireName()).isEqualTo("userunknown");
  }

  @Test
  void neverThrowsOnGarbageOrHugeInput() {
    assertThat(detector.detect(new byte[] {0, 1, 2, (byte) 0xff, '\n', '\n'})).isEmpty();
    StringBuilder huge =
        new StringBuilder(
            "From: MAILER-DAEMON@mx.example.com\nSubject: Undelivered Mail\n"
                + "Content-Type: text/plain; charset=utf-8\n\n");
    for (int i = 0; i < 200_000; i++) {
      huge.append("aaaaaaaaaaaaaaaaaaaa@").append(i % 10).append(' ');
    }
    huge.append("\nuser@example.net: 550 5.1.1 user unknown\n");
    long started = System.nanoTime();
    Optional<AutomatedMail> found =
        detector.detect(huge.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(found).isPresent();
    assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
  }

  static MimeMessage fixture(String name) {
    try (InputStream in = AutomatedMailDetectorTest.class.getResourceAsStream("/bounce/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return AutomatedMailDetector.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
