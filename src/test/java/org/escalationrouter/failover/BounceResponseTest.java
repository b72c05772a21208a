package org.escalationrouter.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.escalationrouter.bounce.AutomatedMailDetector;
import org.escalationrouter.bounce.DeliveryRecord;
import org.escalationrouter.bounce.VerdictConfidence;
import org.escalationrouter.bounce.reason.BounceReason;
import org.junit.jupiter.api.Test;

class BounceResponseTest {

  private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration SOFT_AFTER = Duration.ofHours(4);

  private static DeliveryRecord record(
      String action, String status, boolean hard, String reason, VerdictConfidence confidence) {
    return new DeliveryRecord(
        "ceo@example.com",
        action,
        status,
        "550",
        hard,
        BounceReason.fromWireName(reason),
        confidence);
  }

  private static BounceResponse respond(DeliveryRecord record, Duration after) {
    return BounceResponse.to("ceo@example.com", record, SENT, SENT.plus(after), SOFT_AFTER);
  }

  @Test
  void uncertainHardBounceHandsOverAtOnceAndSaysItIsUncertain() {
    BounceResponse r =
        respond(
            record("failed", "5.1.1", true, "userunknown", VerdictConfidence.LOW),
            Duration.ofMinutes(1));
    assertThat(r.handOverWhy()).contains("could not be reached", "userunknown 5.1.1");
    assertThat(r.addressFailing()).isTrue();
    assertThat(r.event().detail()).contains("(hard, uncertain");
  }

  @Test
  void certainHardBounceIsShownHardWithoutDoubt() {
    BounceResponse r =
        respond(
            record("failed", "5.1.1", true, "userunknown", VerdictConfidence.HIGH),
            Duration.ofMinutes(1));
    assertThat(r.event().detail()).endsWith("(hard)");
    assertThat(r.handOverWhy()).isNotNull();
  }

  @Test
  void hardVerdictOnADelayedDeliveryDoesNotWaitForTheSoftDelay() {
    BounceResponse r =
        respond(
            record("delayed", "4.1.1", true, "userunknown", VerdictConfidence.LOW),
            Duration.ofMinutes(1));
    assertThat(r.handOverWhy()).isNotNull();
    assertThat(r.event().detail()).contains(" delayed: ").contains("uncertain");
  }

  @Test
  void softDelayWaitsUntilSoftFailoverAfterHasPassed() {
    DeliveryRecord full = record("delayed", "4.2.2", false, "mailboxfull", VerdictConfidence.HIGH);
    assertThat(respond(full, Duration.ofHours(3)).handOverWhy()).isNull();
    assertThat(respond(full, Duration.ofHours(3)).addressFailing()).isFalse();
    assertThat(respond(full, Duration.ofHours(5)).handOverWhy())
        .startsWith("has not received it for 4h");
  }

  @Test
  void softFinalFailureStillHandsOverAtOnce() {
    BounceResponse r =
        respond(
            record("failed", "5.2.2", false, "mailboxfull", VerdictConfidence.MEDIUM),
            Duration.ofMinutes(1));
    assertThat(r.event().detail()).endsWith("(soft)");
    assertThat(r.handOverWhy()).isNotNull();
  }

  @Test
  void bouncesAboutTheMessageAreNotAboutTheAddress() {
    assertThat(AboutTheMessage.says(BounceReason.MESSAGE_TOO_BIG)).isTrue();
    assertThat(AboutTheMessage.says(BounceReason.CONTENT_ERROR)).isTrue();
    assertThat(AboutTheMessage.says(BounceReason.USER_UNKNOWN)).isFalse();
    assertThat(AboutTheMessage.says(BounceReason.MAILBOX_FULL)).isFalse();
    assertThat(AboutTheMessage.says(null)).isFalse();
  }

  @Test
  void anUnclearDelayNoticeReadAsHardHandsOverAtOnceAndIsShownUncertain() {
    // only Postfix's "Recipient address rejected" prefix says what happened: a weak, hard verdict
    String notice =
        "From: MAILER-DAEMON@mx.example.net\r\nTo: router@example.net\r\n"
            + "Subject: Delayed Mail (still being retried)\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nYour message is delayed.\r\n"
            + "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            + "Reporting-MTA: dns; mx.example.net\r\n\r\n"
            + "Final-Recipient: rfc822; ceo@example.com\r\nAction: delayed\r\nStatus: 4.0.0\r\n"
            + "Diagnostic-Code: smtp; 450 4.0.0 <ceo@example.com>: Recipient address rejected:"
            + " please check the address\r\n"
            + "--b--\r\n";
    delayReadHardAndUncertainHandsOverAtOnce(notice);
  }

  @Test
  void aPlainDelayNoticeInGermanReadAsHardStillHandsOverAtOnce() {
    // no report part: the notice's promise to keep trying makes it a delay; only Postfix's
    // "Recipient address rejected" prefix names the cause, so the hard verdict is uncertain
    String notice =
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.de>\r\nTo: router@example.net\r\n"
            + "Subject: Zustellung verzögert\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Ihre Nachricht konnte bisher nicht zugestellt werden. Das System versucht es weiter.\r\n"
            + "\r\n   ceo@example.com\r\n"
            + "   450 <ceo@example.com>: Recipient address rejected: bitte Adresse prüfen\r\n";
    delayReadHardAndUncertainHandsOverAtOnce(notice);
  }

  private static void delayReadHardAndUncertainHandsOverAtOnce(String notice) {
    DeliveryRecord read =
        AutomatedMailDetector.withDefaults()
            .detect(AutomatedMailDetector.parse(notice.getBytes(StandardCharsets.UTF_8)))
            .orElseThrow()
            .records()
            .get(0);
    assertThat(read.recipient()).isEqualTo("ceo@example.com");
    assertThat(read.action()).isEqualTo("delayed");
    assertThat(read.hard()).isTrue();
    assertThat(read.uncertain()).isTrue();

    BounceResponse r = respond(read, Duration.ofMinutes(1));
    assertThat(r.handOverWhy()).isNotNull();
    assertThat(r.addressFailing()).isTrue();
    assertThat(r.event().detail()).contains(" delayed: ").contains("(hard, uncertain");
  }
}
