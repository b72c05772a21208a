package org.escalationrouter.failover;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.escalationrouter.bounce.AutomatedKind;
import org.escalationrouter.bounce.AutomatedMail;
import org.escalationrouter.bounce.BounceCorrelation;
import org.escalationrouter.bounce.DeliveryRecord;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.escalate.EscalationMail;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.escalate.SmtpSettings;
import org.escalationrouter.route.Executive;
import org.escalationrouter.route.LiveRules;
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

  private final BounceCorrelation correlation;
  private final Outbox outbox;
  private final CaseStore cases;
  private final LiveRules rules;
  private final EscalationMail mail;
  private final AddressHealth addresses;
  private final SmtpSettings smtp;
  private final FailoverSettings settings;
  private final Clock clock;

  Failover(
      BounceCorrelation correlation,
      Outbox outbox,
      CaseStore cases,
      LiveRules rules,
      EscalationMail mail,
      AddressHealth addresses,
      SmtpSettings smtp,
      FailoverSettings settings,
      Clock clock) {
    this.correlation = correlation;
    this.outbox = outbox;
    this.cases = cases;
    this.rules = rules;
    this.mail = mail;
    this.addresses = addresses;
    this.smtp = smtp;
    this.settings = settings;
    this.clock = clock;
  }

  /** Handles automated mail; returns the case it concerned, if it was about one of ours. */
  public Optional<String> onAutomated(AutomatedMail automated, MimeMessage notice) {
    Optional<Outbox.Sent> sent = correlate(notice);
    if (sent.isEmpty()) {
      return Optional.empty();
    }
    Outbox.Sent ours = sent.get();
    if (automated.kind() == AutomatedKind.BOUNCE) {
      onBounce(ours, automated.records());
    } else if (automated.kind() == AutomatedKind.AUTO_REPLY) {
      cases.addEvent(
          ours.caseId(),
          "auto-reply",
          "Automatic reply from " + ours.recipient() + " (out of office?)");
      handOver(ours, "answered automatically (out of office)");
    } else {
      cases.addEvent(
          ours.caseId(),
          automated.kind().wireName(),
          "Report about the mail to " + ours.recipient());
    }
    return Optional.of(ours.caseId());
  }

  private void onBounce(Outbox.Sent ours, List<DeliveryRecord> records) {
    DeliveryRecord first =
        records.stream()
            .filter(r -> r.recipient() == null || r.recipient().equalsIgnoreCase(ours.recipient()))
            .findFirst()
            .orElse(
                records.isEmpty()
                    ? new DeliveryRecord(ours.recipient(), "failed", null, null, false, "undefined")
                    : records.get(0));
    String what = first.reason() + (first.status() == null ? "" : " " + first.status());
    boolean delayed = "delayed".equals(first.action());
    cases.addEvent(
        ours.caseId(),
        "bounce",
        "Mail to "
            + ours.recipient()
            + (delayed ? " delayed: " : " bounced: ")
            + what
            + (first.hard() ? " (hard)" : " (soft)"));
    if (!delayed) {
      addresses.failing(ours.recipient(), first.reason(), first.status());
      handOver(ours, "could not be reached (" + what + ")");
    } else if (ours.createdAt().plus(settings.softFailoverAfter()).isBefore(clock.instant())) {
      handOver(
          ours,
          "has not received it for " + settings.softFailoverAfter().toHours() + "h (" + what + ")");
    }
  }

  /** Sends the case to the next person able to take it: deputy, else manager. */
  private void handOver(Outbox.Sent ours, String why) {
    Optional<EscalationCase> found = cases.find(ours.caseId());
    Optional<Executive> owner =
        rules.directory().executives().stream()
            .filter(e -> e.email().equalsIgnoreCase(ours.recipient()))
            .findFirst();
    if (found.isEmpty() || owner.isEmpty()) {
      return;
    }
    Optional<Executive> next = next(owner.get());
    if (next.isEmpty()) {
      cases.addEvent(
          ours.caseId(),
          "failover",
          "No deputy or manager of " + owner.get().name() + " can be reached");
      log.warn(
          "Case {}: {} {} and nobody else can be reached", ours.caseId(), owner.get().name(), why);
      return;
    }
    Executive to = next.get();
    if (outbox.alreadySent(ours.caseId(), "failover", to.email())) {
      return; // one hand-over per person and case: no loops
    }
    EscalationCase c = found.get();
    String note =
        owner.get().name() + " " + why + "; you receive case " + c.id() + " in their place.";
    outbox.enqueue(
        mail.write(
            EscalationMail.CaseMail.about(
                c,
                "failover",
                to,
                note
                    + "\n\nWhat the customer wrote:\n\n"
                    + (c.newText() == null ? "" : c.newText()),
                cases.original(c.id()).orElse(null))));
    cases.addEvent(c.id(), "failover", note);
    log.info("Case {}: {}; sent to {}", c.id(), note, to.email());
  }

  private Optional<Executive> next(Executive owner) {
    List<String> candidates = new ArrayList<>();
    if (owner.deputy() != null) {
      candidates.add(owner.deputy());
    }
    if (owner.manager() != null) {
      candidates.add(owner.manager());
    }
    return candidates.stream()
        .map(rules::executive)
        .flatMap(Optional::stream)
        .filter(e -> !addresses.isFailing(e.email()))
        .findFirst();
  }

  /** Our Message-ID from the returned original, or rebuilt from the VERP return path. */
  private Optional<Outbox.Sent> correlate(MimeMessage notice) {
    List<String> ids = new ArrayList<>();
    correlation.originalMessageId(notice).ifPresent(id -> ids.add(bracketed(id)));
    correlation.envelopeRecipient(notice).flatMap(this::fromReturnPath).ifPresent(ids::add);
    try {
      String inReplyTo = notice.getHeader("In-Reply-To", " ");
      if (inReplyTo != null) {
        ids.add(inReplyTo.trim());
      }
    } catch (jakarta.mail.MessagingException e) {
      // no In-Reply-To to go by
    }
    return ids.stream().map(outbox::sent).flatMap(Optional::stream).findFirst();
  }

  /** {@code bounces+esc-1.abc@host} → {@code <esc-1.abc@from-domain>}. */
  Optional<String> fromReturnPath(String address) {
    String bounce = smtp.bounceAddress();
    int plus = address.indexOf('+');
    int at = address.lastIndexOf('@');
    if (plus < 0
        || at < plus
        || !address.substring(0, plus).equalsIgnoreCase(bounce.substring(0, bounce.indexOf('@')))) {
      return Optional.empty();
    }
    String from = smtp.from();
    return Optional.of(
        "<"
            + address.substring(plus + 1, at)
            + "@"
            + from.substring(from.lastIndexOf('@') + 1).replace(">", "")
            + ">");
  }

  private static String bracketed(String id) {
    String trimmed = id.trim();
    return trimmed.startsWith("<") ? trimmed : "<" + trimmed + ">";
  }
}
