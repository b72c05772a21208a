package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.format.SmtpCodes;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.RuleScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 21, fifth round: codes read as their documentation defines them (the IANA registry of
 * enhanced status codes, Microsoft's non-delivery report reference), a loosely used code that still
 * names its kind when the words name nothing, and a gateway never seen in the corpus (Cloudflare
 * Email Routing). Every reply here is written for the test.
 */
class DocumentedCodesTest {

  private static ReasonVerdict failed(String status, String reply, String text) {
    return ReasonClassifier.verdict(
        new ReportedRecipient("a@example.org", "failed", status, reply, text),
        "",
        "",
        true,
        RuleScope.ALL);
  }

  @ParameterizedTest(name = "{0} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Microsoft's three-digit codes, with words of our own that name no cause
        "5.7.509|550|550 5.7.509 Access refused for this sender domain|authfailure|false",
        "5.7.515|550|550 5.7.515 Access refused, see the postmaster pages|authfailure|false",
        "5.7.501|550|550 5.7.501 Access refused for this account|rejected|false",
        "5.7.511|550|550 5.7.511 Access refused for this sender|blocked|false",
        "5.7.513|550|550 5.7.513 Service refused by the receiving organisation|blocked|false",
        "5.7.508|550|550 5.7.508 Too much from your range at once|speeding|false",
        "5.7.708|550|550 5.7.708 Traffic refused from this address|speeding|false",
        "5.7.750|550|550 5.7.750 Sending from domains not on record|rejected|false",
        "5.7.950|550|550 5.7.950 Refused by the organisation's mail flow settings|policyviolation|false",
        "4.7.650|451|451 4.7.650 Sending slowed down for now|badreputation|false",
        "5.4.312|550|550 5.4.312 Name lookup came back empty|networkerror|false",
        "5.4.300|550|550 5.4.300 Gave up after a day of attempts|expired|false",
        // Microsoft's documented replies: a loose code whose words name the cause
        "5.2.2|554|554 5.2.2 Submission quota exceeded for this account|speeding|false",
        "5.4.14|554|554 5.4.14 Hop count exceeded - routing loop detected|networkerror|false",
        // the registry's meanings
        "5.7.17|550|550 5.7.17 Owner of this mailbox changed since the date given|hasmoved|true",
        "5.7.18|550|550 5.7.18 Owner of this domain changed since the date given|hasmoved|true",
        "5.7.30|550|550 5.7.30 Refused: TLS is required for this domain|failedstarttls|false",
        "5.6.7|553|553 5.6.7 Address form not permitted here|contenterror|false",
        "5.5.3|452|452 5.5.3 Too many addressees in one go|toomanyconn|false",
      })
  void aCodeMeansWhatItsDocumentationSays(
      String status, String reply, String text, String reason, boolean hard) {
    ReasonVerdict v = failed(status, reply, text);
    assertThat(v.reason().wireName()).isEqualTo(reason);
    assertThat(v.reason().isHard(status, reply)).isEqualTo(hard);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5.7.1|550 5.7.1 Your message could not be accepted here|securityerror",
        "5.7.0|554 5.7.0 Refused|securityerror",
        "4.7.1|450 4.7.1 Come back later|blocked",
        "5.6.4|554 5.6.4 The message could not be taken as sent|contenterror",
        "5.3.0|554 5.3.0 Cannot take this now|systemerror",
      })
  void aLooseCodeStillNamesItsKindWhenTheWordsNameNothing(
      String status, String text, String reason) {
    ReasonVerdict v = failed(status, text.substring(0, 3), text);
    assertThat(v.reason().wireName()).isEqualTo(reason);
    assertThat(v.confidence()).isEqualTo(VerdictConfidence.LOW);
  }

  /**
   * Kinds of refusal that Gmail's, Yahoo's and iCloud's error references document, worded for the
   * test, read with every rule learned from that provider's samples switched off: the general
   * vocabulary must carry them.
   */
  @ParameterizedTest(name = "{3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rhost-google|4.7.30|421|421 4.7.30 Slowed down: the DKIM check of this message did not pass|authfailure",
        "rhost-google|4.7.32|421|421 4.7.32 The From: header (RFC 5322) is not aligned with the SPF or DKIM domain|authfailure",
        "rhost-google|4.7.29|421|421 4.7.29 Slowed down: bulk senders must use TLS, this was not sent over a TLS connection|failedstarttls",
        "rhost-google|5.7.0|530|530 5.7.0 You must issue a STARTTLS command first|failedstarttls",
        "rhost-google|4.7.0|421|421 4.7.0 Encryption required for this domain, closing|failedstarttls",
        "rhost-google|4.7.0|421|421 4.7.0 Your IP is not on the allowlist of this domain|blocked",
        "rhost-google|5.7.1|550|550 5.7.1 An unusual rate of mail comes from your address block|blocked",
        "rhost-google|5.7.1|550|550 5.7.1 Wrong credentials for relay 192.0.2.9|norelaying",
        "rhost-google|5.7.1|550|550 5.7.1 This IP is not authorized to send mail directly to us|norelaying",
        "rhost-google|5.7.1|550|550 5.7.1 Messages missing a valid Date: header are refused|notcompliantrfc",
        "rhost-google|5.6.0|554|554 5.6.0 The message is malformed and was refused|notcompliantrfc",
        "rhost-google|4.2.1|450|450 4.2.1 This person is receiving mail too quickly, send later|speeding",
        "rhost-google|5.4.5|550|550 5.4.5 Daily relay sending limit exceeded for this account|speeding",
        "rhost-google|5.7.10|525|525 5.7.10 SMTP protocol violation: commands pipelined after STARTTLS|syntaxerror",
        "rhost-yahooinc|5.7.9|550|550 5.7.9 Refused: this sender is unauthenticated, use SPF or DKIM|authfailure",
        "rhost-yahooinc|5.7.9|554|554 5.7.9 Not accepted for policy reasons|policyviolation",
        "rhost-yahooinc|4.0.0|451|451 Deferred: unresolvable RFC5321 from domain|rejected",
        "rhost-yahooinc|4.0.0|421|421 Maximum messages per connection reached, closing|toomanyconn",
        "rhost-apple|5.7.1|550|550 5.7.1 Mail from 192.0.2.4 refused due to listing in a public list|blocked",
        "rhost-apple|4.7.1|421|421 4.7.1 Mail for this person deferred due to excessive volume|speeding",
      })
  void aProvidersDocumentedKindIsReadWithoutItsOwnRules(
      String family, String status, String reply, String text, String reason) {
    ReasonVerdict v =
        ReasonClassifier.verdict(
            new ReportedRecipient("a@example.org", "failed", status, reply, text),
            "",
            "",
            true,
            new RuleScope(family));
    assertThat(v.reason().wireName()).isEqualTo(reason);
  }

  /**
   * Exim's and qmail's fixed messages, as their sources write them (every installation says them in
   * these words), around a reply of our own; the status comes from the text, as a notice gives it.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "all relevant MX records point to non-existent hosts|hostunknown",
        "an MX or SRV record indicated no SMTP service|notaccept",
        "retry time not reached for any host after a long failure period|expired",
        "delivery to pipe forbidden|systemerror",
        "Connected to 192.0.2.3 but my name was rejected. Remote host said: 553 go elsewhere|blocked",
        "Connected to 192.0.2.3 but sender was rejected. Remote host said: 553 not from you|rejected",
        "192.0.2.3 does not like recipient. Remote host said: 550 unknown user|userunknown",
        "192.0.2.3 failed after I sent the message. Remote host said: 554 unknown user|filtered",
      })
  void anMtasFixedMessageIsReadAsItsSourceMeansIt(String text, String reason) {
    ReasonVerdict v =
        ReasonClassifier.verdict(
            new ReportedRecipient(
                "a@example.org",
                "failed",
                SmtpCodes.enhancedStatus(text).orElse(""),
                SmtpCodes.replyCode(text).orElse(""),
                text),
            "",
            "",
            true,
            RuleScope.ALL);
    assertThat(v.reason().wireName()).isEqualTo(reason);
  }

  @Test
  void theWordsStillDecideOverALooseCode() {
    assertThat(failed("5.7.1", "550", "550 5.7.1 Relaying denied").reason())
        .isEqualTo(BounceReason.NO_RELAYING);
    assertThat(failed("5.7.1", "554", "554 5.7.1 Message rejected as spam").reason())
        .isEqualTo(BounceReason.SPAM_DETECTED);
  }

  @Test
  void rfc5321sWordingOf550IsAnUnknownMailboxOnlyWhenOutlookComSaysIt() {
    String reply = "550 5.5.0 Requested action not taken: mailbox unavailable";
    ReasonVerdict fromOutlook =
        ReasonClassifier.verdict(
            new ReportedRecipient("a@example.org", "failed", "5.5.0", "550", reply),
            "",
            "remote-mta: dns; mx1.hotmail.com " + reply.toLowerCase(java.util.Locale.ROOT),
            true,
            RuleScope.ALL);
    assertThat(fromOutlook.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(failed("5.5.0", "550", reply).reason()).isNotEqualTo(BounceReason.USER_UNKNOWN);
  }

  @Test
  void aMailboxFullWithoutMicrosoftsWordsStaysAFullMailbox() {
    assertThat(failed("5.2.2", "552", "552 5.2.2 Quota exceeded").reason())
        .isEqualTo(BounceReason.MAILBOX_FULL);
  }

  /** Cloudflare Email Routing has no sample in the corpus: a relay's report quoting its replies. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5.7.1|554 5.7.1 Your address 192.0.2.7 was found on one or more DNSBLs|blocked",
        "4.3.0|451 4.3.0 Upstream error, try again in a while|systemerror",
      })
  void aCloudflareRoutedRefusalIsReadFromARelaysReport(
      String status, String diagnostic, String reason) {
    String raw =
        "From: MAILER-DAEMON@relay.example.net\r\n"
            + "To: sender@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            + "Message-ID: <cf1@relay.example.net>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"c1\"\r\n"
            + "\r\n--c1\r\nContent-Type: text/plain\r\n\r\n"
            + "Your message could not be delivered to one recipient.\r\n"
            + "\r\n--c1\r\nContent-Type: message/delivery-status\r\n\r\n"
            + "Reporting-MTA: dns; relay.example.net\r\n\r\n"
            + "Final-Recipient: rfc822; ines@routed.example\r\nAction: failed\r\n"
            + "Status: "
            + status
            + "\r\nRemote-MTA: dns; route2.mx.cloudflare.net\r\n"
            + "Diagnostic-Code: smtp; "
            + diagnostic
            + " (in reply to end of DATA command)\r\n\r\n--c1--\r\n";
    var found =
        AutomatedMailDetector.withDefaults()
            .detect(AutomatedMailDetector.parse(raw.getBytes(StandardCharsets.UTF_8)));
    assertThat(found).isPresent();
    DeliveryRecord r = found.get().records().get(0);
    assertThat(r.recipient()).isEqualTo("ines@routed.example");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reason().wireName()).isEqualTo(reason);
    assertThat(r.hard()).isFalse();
  }
}
