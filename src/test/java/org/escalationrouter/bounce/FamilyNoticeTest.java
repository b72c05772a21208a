package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.escalationrouter.bounce.format.GoogleGroupsNotice;
import org.escalationrouter.bounce.format.IMailNotice;
import org.escalationrouter.bounce.format.MailView;
import org.escalationrouter.bounce.format.OpenSmtpdNotice;
import org.escalationrouter.bounce.format.QmailNotice;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.NoticeText;
import org.escalationrouter.bounce.reason.ReasonPhrases;
import org.escalationrouter.bounce.reason.RuleScope;
import org.escalationrouter.bounce.reason.SmtpCommand;
import org.junit.jupiter.api.Test;

/** The per-family notice readers, on corpus samples and on small notices written here. */
class FamilyNoticeTest {

  private static MailView view(String sample) {
    return MailView.of(CorpusFiles.bounce(sample));
  }

  private static MailView viewOf(String raw) {
    return MailView.of(AutomatedMailDetector.parse(raw.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsGoogleGroupsRefusalAsRejectedForTheGroupAddress() {
    List<ReportedRecipient> found = new GoogleGroupsNotice().read(view("lhost-googlegroups-01"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).recipient()).isEqualTo("libsisimai@googlegroups.com");
    assertThat(found.get(0).stated()).isEqualTo(BounceReason.REJECTED);
  }

  @Test
  void ignoresGmailBouncesThatAreNotFromGoogleGroups() {
    assertThat(new GoogleGroupsNotice().read(view("lhost-gmail-06"))).isEmpty();
  }

  @Test
  void readsEachOpenSmtpdRecipientWithItsOwnError() {
    List<ReportedRecipient> found = new OpenSmtpdNotice().read(view("lhost-opensmtpd-17"));
    assertThat(found).hasSizeGreaterThanOrEqualTo(2);
    assertThat(found.get(0).diagnostic()).contains("User unknown").doesNotContain("Mailbox full");
    assertThat(found.get(1).diagnostic()).contains("Mailbox full");
  }

  @Test
  void marksOpenSmtpdDelayWarningsAsDelayed() {
    String raw =
        """
        From: Mailer Daemon <MAILER-DAEMON@mx.example.org>
        Subject: Delivery status notification: delayed

            Hi!

            This is the MAILER-DAEMON, please DO NOT REPLY to this email.

            A message is delayed for more than 4 hours for the following
            list of recipients:

        cat@example.net: Network error on destination MXs

            Please note that this is only a temporary failure report.
        """;
    List<ReportedRecipient> found = new OpenSmtpdNotice().read(viewOf(raw));
    assertThat(found)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recipient()).isEqualTo("cat@example.net");
              assertThat(r.action()).isEqualTo("delayed");
              assertThat(r.diagnostic()).isEqualTo("Network error on destination MXs");
            });
  }

  @Test
  void readsQmailRecipientEvenWhenItIsAlsoTheBounceAddressee() {
    List<ReportedRecipient> found = new QmailNotice().read(view("lhost-qmail-08"));
    assertThat(found)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recipient()).isEqualTo("shironeko@example.ad.jp");
              assertThat(r.diagnostic()).contains("disk quota exceeded");
            });
  }

  @Test
  void leavesNonQmailNoticesAlone() {
    assertThat(new QmailNotice().read(view("lhost-postfix-31"))).isEmpty();
  }

  @Test
  void findsTheSmtpCommandAServerAnswered() {
    assertThat(SmtpCommand.statedIn("said: 550 no such user (in reply to rcpt to command)"))
        .contains(SmtpCommand.RCPT);
    assertThat(SmtpCommand.statedIn("smtp error from remote mail server after end of data:"))
        .contains(SmtpCommand.DATA);
    assertThat(SmtpCommand.statedIn("most progress was rcpt to response; remote host said"))
        .contains(SmtpCommand.RCPT);
    assertThat(SmtpCommand.statedIn("error after initial connection:"))
        .contains(SmtpCommand.CONNECT);
    assertThat(SmtpCommand.statedIn("550 <cat@example.org>: user unknown"))
        .contains(SmtpCommand.RCPT);
    assertThat(SmtpCommand.statedIn("user unknown")).isEmpty();
  }

  @Test
  void unknownUserAfterDataIsTheRecipientsFilterButAtRcptIsABadAddress() {
    ReportedRecipient atRcpt =
        ReportedRecipient.failed("a@example.org", "550 user unknown (in reply to RCPT TO command)");
    ReportedRecipient afterData =
        ReportedRecipient.failed("a@example.org", "550 user unknown (in reply to end of DATA)");
    assertThat(ReasonClassifier.classify(atRcpt, "", "")).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(ReasonClassifier.classify(afterData, "", "")).isEqualTo(BounceReason.FILTERED);
  }

  @Test
  void stockDirectoryMessageIsUserUnknownWhateverThePhase() {
    ReportedRecipient domino =
        ReportedRecipient.failed(
            "a@example.org", "User a (a@example.org) not listed in Domino Directory");
    assertThat(ReasonClassifier.classify(domino, "", "")).isEqualTo(BounceReason.USER_UNKNOWN);
  }

  @Test
  void detectsApacheJamesNoticeDespiteItsReplySubject() {
    var found =
        AutomatedMailDetector.withDefaults().detect(CorpusFiles.bounce("lhost-apachejames-01"));
    assertThat(found).isPresent();
    assertThat(found.get().kind()).isEqualTo(AutomatedKind.BOUNCE);
    assertThat(found.get().records().get(0).recipient()).endsWith("@vtext.example.com");
  }

  @Test
  void detectsPostfixServerTranscriptAsSystemError() {
    var found = AutomatedMailDetector.withDefaults().detect(CorpusFiles.bounce("lhost-postfix-75"));
    assertThat(found).isPresent();
    DeliveryRecord record = found.get().records().get(0);
    assertThat(record.recipient()).isEqualTo("kijitora@libsisimai.net");
    assertThat(record.reason().wireName()).isEqualTo("systemerror");
  }

  @Test
  void readsIMailUnknownUserAsADirectoryMiss() {
    List<ReportedRecipient> found = new IMailNotice().read(view("lhost-imailserver-01"));
    assertThat(found)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recipient()).isEqualTo("kijitora@example.com");
              assertThat(r.stated()).isEqualTo(BounceReason.USER_UNKNOWN);
            });
  }

  @Test
  void leavesIMailQueueVerdictsToTheWordingTable() {
    List<ReportedRecipient> found = new IMailNotice().read(view("lhost-imailserver-02"));
    assertThat(found)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.stated()).isNull();
              assertThat(ReasonPhrases.match(NoticeText.normalise(r.diagnostic()), RuleScope.ALL))
                  .contains(BounceReason.MAILBOX_FULL);
            });
  }

  @Test
  void readsTheReportInsideAReturnedBounceWhenTheNoticeNamesNobody() {
    var found = AutomatedMailDetector.withDefaults().detect(CorpusFiles.bounce("lhost-x5-01"));
    assertThat(found).isPresent();
    DeliveryRecord record = found.get().records().get(0);
    assertThat(record.recipient()).isEqualTo("kijitora@neko.example.org");
    assertThat(record.status()).isEqualTo("5.1.1");
    assertThat(record.reason().wireName()).isEqualTo("userunknown");
  }
}
