package org.escalationrouter.bounce;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.escalationrouter.bounce.format.BounceFormat;
import org.escalationrouter.bounce.format.CloudEventNotice;
import org.escalationrouter.bounce.format.EmailAddress;
import org.escalationrouter.bounce.format.FeedbackReport;
import org.escalationrouter.bounce.format.GmailNotice;
import org.escalationrouter.bounce.format.GoogleGroupsNotice;
import org.escalationrouter.bounce.format.IMailNotice;
import org.escalationrouter.bounce.format.MailView;
import org.escalationrouter.bounce.format.OpenSmtpdNotice;
import org.escalationrouter.bounce.format.PlainTextBounce;
import org.escalationrouter.bounce.format.QmailNotice;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.format.Rfc3464Report;
import org.escalationrouter.bounce.format.SesNotification;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.NoticeText;
import org.escalationrouter.bounce.reason.ReasonPhrases;
import org.escalationrouter.bounce.reason.RuleScope;
import org.escalationrouter.mime.MimeMessages;
import org.springframework.stereotype.Component;

/**
 * Tells mail sent by machines from mail written by people, and reads bounces: which recipients
 * failed, how and why. Checks run from the most specific evidence (a standard report part) to the
 * weakest (list headers); a message none of them claims is human mail.
 */
@Component
public class AutomatedMailDetector {

  private final List<BounceFormat> plainFormats;
  private final RuleScope scope;

  public AutomatedMailDetector() {
    this(RuleScope.ALL);
  }

  /** A detector whose rules written from one family's samples are off, for evaluation. */
  AutomatedMailDetector(RuleScope scope) {
    this.scope = scope;
    this.plainFormats =
        List.of(
                new CloudEventNotice(),
                new GoogleGroupsNotice(),
                new GmailNotice(),
                new OpenSmtpdNotice(),
                new QmailNotice(),
                new IMailNotice(),
                new PlainTextBounce())
            .stream()
            .filter(format -> scope.allows(format.origins()))
            .toList();
  }

  public static AutomatedMailDetector withDefaults() {
    return new AutomatedMailDetector();
  }

  /** Parses raw RFC 822 bytes leniently; never throws. */
  public static MimeMessage parse(byte[] raw) {
    try {
      return MimeMessages.read(raw);
    } catch (Exception e) {
      return MimeMessages.empty();
    }
  }

  public Optional<AutomatedMail> detect(byte[] raw) {
    return detect(parse(raw));
  }

  public Optional<AutomatedMail> detect(MimeMessage message) {
    try {
      return classify(MailView.of(message));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  private Optional<AutomatedMail> classify(MailView mail) {
    var feedback = FeedbackReport.read(mail);
    if (feedback.isPresent()) {
      return found(AutomatedKind.FEEDBACK_REPORT, feedback.get(), mail, BounceReason.FEEDBACK);
    }
    var ses = SesNotification.read(mail);
    if (ses.isPresent()) {
      return found(kindOf(ses.get().type()), ses.get().recipients(), mail, null);
    }
    if (Rfc3464Report.hasReportPart(mail) || mail.reportType().equals("delivery-status")) {
      List<ReportedRecipient> reported = new Rfc3464Report().read(mail);
      if (reported.isEmpty()) {
        reported = readPlain(mail);
      }
      boolean allDelivered =
          !reported.isEmpty() && reported.stream().allMatch(r -> r.action().equals("delivered"));
      AutomatedKind kind = allDelivered ? AutomatedKind.DELIVERY_REPORT : AutomatedKind.BOUNCE;
      return found(kind, reported, mail, null);
    }
    if (AutoReplySignals.isReadReceipt(mail)) {
      return Optional.of(new AutomatedMail(AutomatedKind.AUTO_REPLY, List.of()));
    }
    if (BounceSignals.fromMachine(mail)
        && BounceSignals.saysDeliveryFailed(mail)
        && BounceSignals.isMailSystemsNotice(mail)
        && !AutoReplySignals.isPersonsAutoReply(mail)) {
      return found(AutomatedKind.BOUNCE, readPlain(mail), mail, null);
    }
    if (AutoReplySignals.isAutoReply(mail)) {
      String from = EmailAddress.first(mail.header("From")).orElse("");
      BounceReason reason =
          ReasonPhrases.match(NoticeText.normalise(mail.notice()), scope)
              .filter(r -> r == BounceReason.SUSPEND)
              .orElse(BounceReason.VACATION);
      return found(
          AutomatedKind.AUTO_REPLY, List.of(ReportedRecipient.failed(from, "")), mail, reason);
    }
    if (BulkSignals.isBulk(mail)) {
      return Optional.of(new AutomatedMail(AutomatedKind.BULK, List.of()));
    }
    return Optional.empty();
  }

  /** What an SES notification reports, as the kind of automated mail it is. */
  private static AutomatedKind kindOf(SesNotification.Type type) {
    return switch (type) {
      case BOUNCE -> AutomatedKind.BOUNCE;
      case COMPLAINT -> AutomatedKind.FEEDBACK_REPORT;
      case DELIVERY -> AutomatedKind.DELIVERY_REPORT;
    };
  }

  /** What the first family format that recognises the notice reads from it. */
  private List<ReportedRecipient> familyRead(MailView mail) {
    for (BounceFormat format : plainFormats) {
      List<ReportedRecipient> reported = format.read(mail);
      if (!reported.isEmpty()) {
        return reported;
      }
    }
    return List.of();
  }

  private List<ReportedRecipient> readPlain(MailView mail) {
    List<ReportedRecipient> reported = familyRead(mail);
    // delivery-status fields pasted into the text (a forwarded or flattened report) are exact
    List<ReportedRecipient> pasted = new Rfc3464Report().read(mail);
    boolean stated = reported.stream().anyMatch(r -> r.stated() != null);
    if (!pasted.isEmpty() && !stated) {
      return pasted;
    }
    if (!reported.isEmpty()) {
      return reported;
    }
    List<ReportedRecipient> nested = new Rfc3464Report().readNested(mail);
    if (!nested.isEmpty()) {
      return nested;
    }
    List<ReportedRecipient> fromHeaders = new ArrayList<>();
    for (String address : EmailAddress.all(mail.header("X-Failed-Recipients"))) {
      fromHeaders.add(ReportedRecipient.failed(address, ""));
    }
    if (fromHeaders.isEmpty()) {
      // the notice names nobody: the returned message says whom it was for
      String to = EmailAddress.first(mail.returnedHeader("To")).orElse("");
      fromHeaders.add(ReportedRecipient.failed(to, ""));
    }
    return fromHeaders;
  }

  private Optional<AutomatedMail> found(
      AutomatedKind kind, List<ReportedRecipient> reported, MailView mail, BounceReason fixed) {
    String notice = mail.notice();
    // the notice's sender and relays name the provider that answered, as Sisimai's rhost reads them
    String hosts = mail.header("From") + " " + mail.header("Received");
    Map<String, String> paragraphs = new HashMap<>();
    List<ReportedRecipient> inText = kind == AutomatedKind.BOUNCE ? familyRead(mail) : List.of();
    for (ReportedRecipient plain : inText) {
      paragraphs.putIfAbsent(plain.recipient().toLowerCase(Locale.ROOT), plain.diagnostic());
    }
    List<DeliveryRecord> records = new ArrayList<>();
    for (int i = 0; i < reported.size(); i++) {
      ReportedRecipient one = reported.get(i);
      if (!EmailAddress.isPlain(one.recipient()) && inText.size() == reported.size()) {
        // a report naming a source route, a bare host or nobody: the notice text names the address
        one = one.withRecipient(inText.get(i).recipient());
      }
      String context = paragraphs.getOrDefault(one.recipient().toLowerCase(Locale.ROOT), "");
      records.add(
          DeliveryRecords.of(
              kind, one, context, notice, reported.size() == 1, fixed, scope, hosts));
    }
    return Optional.of(new AutomatedMail(kind, records));
  }
}
