package org.escalationrouter.failover;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.escalationrouter.bounce.AutomatedKind;
import org.escalationrouter.bounce.AutomatedMail;
import org.escalationrouter.bounce.DeliveryRecord;
import org.escalationrouter.bounce.VerdictConfidence;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.deadline.UntrustedReplies;
import org.escalationrouter.directory.AddressHealth;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.directory.Recipients;
import org.escalationrouter.escalate.CaseLetter;
import org.escalationrouter.escalate.EscalationMail;
import org.escalationrouter.escalate.MailKind;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.trust.SenderProof;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a bounce or an auto-reply to one of our escalations means: a failed delivery or an
 * out-of-office answer sends the case on to the executive's deputy (then manager), at once for a
 * final failure, after {@code soft-failover-after} for one that is only delayed. Nothing is ever
 * sent back to the machine that wrote the notice.
 */
@Component
public class Failover {

  private static final Logger log = LoggerFactory.getLogger(Failover.class);

  private final Outbox outbox;
  private final CaseStore cases;
  private final LiveRules rules;
  private final EscalationMail mail;
  private final AddressHealth addresses;
  private final Recipients recipients;
  private final FailoverSettings settings;
  private final Clock clock;
  private final SenderProof senderProof;
  private final UntrustedReplies untrusted;

  Failover(
      Outbox outbox,
      CaseStore cases,
      LiveRules rules,
      EscalationMail mail,
      AddressHealth addresses,
      Recipients recipients,
      FailoverSettings settings,
      Clock clock,
      SenderProof senderProof,
      UntrustedReplies untrusted) {
    this.senderProof = senderProof;
    this.untrusted = untrusted;
    this.outbox = outbox;
    this.cases = cases;
    this.rules = rules;
    this.mail = mail;
    this.addresses = addresses;
    this.recipients = recipients;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Handles automated mail about {@code ours}, one of our sent mails (the pipeline's correlation
   * found which): a bounce or an out-of-office answer may hand the case on; a report is noted.
   */
  public void onAutomated(AutomatedMail automated, MimeMessage notice, Outbox.Sent ours) {
    if (automated.kind() == AutomatedKind.BOUNCE) {
      onBounce(ours, automated.records());
    } else if (automated.kind() == AutomatedKind.AUTO_REPLY) {
      onAutoReply(ours, notice);
    } else {
      cases.addEvent(
          ours.caseId(),
          new TimelineEntry.Report(timelineKind(automated.kind()), ours.recipient()));
      if (automated.records().stream()
          .anyMatch(
              r ->
                  "delivered".equals(r.action())
                      && (r.recipient() == null
                          || r.recipient().equalsIgnoreCase(ours.recipient())))) {
        addresses.cleared(ours.recipient());
      }
    }
  }

  /**
   * An out-of-office answer hands the case on only when it comes from the address we wrote to and a
   * trusted mail server proved that; anyone can quote our Message-ID in an auto-reply.
   */
  private void onAutoReply(Outbox.Sent ours, MimeMessage notice) {
    String from = fromAddress(notice);
    Optional<Executive> owner = executiveAt(ours.recipient());
    SenderProof.Proof proof =
        from.equalsIgnoreCase(ours.recipient())
            ? senderProof.of(from, authenticationResults(notice))
            : new SenderProof.Proof(false, "sent from " + from + ", not " + ours.recipient());
    if (!proof.proven()) {
      owner.ifPresent(
          o -> untrusted.record(ours.caseId(), o, "An automatic reply", proof.reason()));
      return;
    }
    cases.addEvent(ours.caseId(), new TimelineEntry.AutoReply(ours.recipient()));
    handOver(ours, "answered automatically (out of office)");
  }

  /** The timeline entry a kind of automated mail about the case makes. */
  private static CaseEventKind timelineKind(AutomatedKind kind) {
    return switch (kind) {
      case BOUNCE -> CaseEventKind.BOUNCE;
      case DELIVERY_REPORT -> CaseEventKind.DELIVERY_REPORT;
      case FEEDBACK_REPORT -> CaseEventKind.FEEDBACK_REPORT;
      case AUTO_REPLY -> CaseEventKind.AUTO_REPLY;
      case BULK -> CaseEventKind.BULK;
      case OWN_MAIL -> CaseEventKind.OWN_MAIL;
    };
  }

  private static String fromAddress(MimeMessage notice) {
    try {
      jakarta.mail.Address[] from = notice.getFrom();
      return from != null && from.length > 0 && from[0] instanceof InternetAddress a
          ? a.getAddress()
          : "";
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static List<String> authenticationResults(MimeMessage notice) {
    try {
      String[] values = notice.getHeader("Authentication-Results");
      return values == null ? List.of() : List.of(values);
    } catch (jakarta.mail.MessagingException e) {
      return List.of();
    }
  }

  private Optional<Executive> executiveAt(String email) {
    return rules.directory().executives().stream()
        .filter(e -> e.email().equalsIgnoreCase(email))
        .findFirst();
  }

  private void onBounce(Outbox.Sent ours, List<DeliveryRecord> records) {
    DeliveryRecord first =
        records.stream()
            .filter(r -> r.recipient() == null || r.recipient().equalsIgnoreCase(ours.recipient()))
            .findFirst()
            .orElse(
                records.isEmpty()
                    ? new DeliveryRecord(
                        ours.recipient(),
                        "failed",
                        null,
                        null,
                        false,
                        BounceReason.UNDEFINED,
                        VerdictConfidence.LOW)
                    : records.get(0));
    BounceResponse response =
        BounceResponse.to(
            ours.recipient(),
            first,
            ours.createdAt(),
            clock.instant(),
            settings.softFailoverAfter());
    cases.addEvent(ours.caseId(), response.event());
    if (response.addressFailing() && AboutTheMessage.says(first.reason())) {
      // the address works; this message was refused (too big, content): the deputy tries it
      cases.addEvent(
          ours.caseId(),
          new TimelineEntry.RefusedForContent(first.reason().wireName(), first.status()));
    } else if (response.addressFailing()) {
      addresses.failing(ours.recipient(), first.reason().wireName(), first.status());
    }
    if (response.handOverWhy() != null) {
      handOver(ours, response.handOverWhy());
    }
  }

  /** Sends the case to whom the directory names in the owner's place: deputy, else manager. */
  private void handOver(Outbox.Sent ours, String why) {
    Optional<EscalationCase> found = cases.find(ours.caseId());
    Optional<Executive> owner = executiveAt(ours.recipient());
    if (found.isEmpty() || owner.isEmpty()) {
      return;
    }
    Optional<Executive> next = recipients.standIn(owner.get(), clock.instant());
    if (next.isEmpty()) {
      cases.addEvent(ours.caseId(), new TimelineEntry.NoStandIn(owner.get().name()));
      log.warn(
          "Case {}: executive {} {} and nobody else can be reached",
          ours.caseId(),
          owner.get().id(),
          why);
      return;
    }
    Executive to = next.get();
    if (outbox.alreadySent(ours.caseId(), MailKind.FAILOVER, to.email())) {
      return; // one hand-over per person and case: no loops
    }
    EscalationCase c = found.get();
    TimelineEntry.HandedOver handedOver =
        new TimelineEntry.HandedOver(owner.get().name(), why, c.id());
    String note = handedOver.detail();
    outbox.enqueue(
        mail.write(c, to, new CaseLetter.Failover(note), cases.original(c.id()).orElse(null)));
    cases.addEvent(c.id(), handedOver);
    log.info("Case {}: handed over from {} to {} ({})", c.id(), owner.get().id(), to.id(), why);
    log.debug("Case {}: {}; sent to {}", c.id(), note, to.email());
  }
}
