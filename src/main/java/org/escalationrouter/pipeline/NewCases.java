package org.escalationrouter.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.escalationrouter.cases.CaseEvidence;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.NewCase;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.deadline.CaseDeadlines;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.escalate.EscalationMail;
import org.escalationrouter.escalate.EscalationNotice;
import org.escalationrouter.escalate.MailKind;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.escalate.OutgoingMail;
import org.escalationrouter.judge.Judgement;
import org.escalationrouter.judge.SignalFinding;
import org.escalationrouter.notify.ChatNotifications;
import org.escalationrouter.notify.PostKind;
import org.escalationrouter.parse.Envelope;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.route.RoutingDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A new letter, the only kind that is routed: the rules choose who receives it, and the case with
 * its evidence and timeline, its escalation e-mail in the outbox, its deadlines and its chat
 * notices are written in the intake transaction.
 */
@Component
class NewCases {

  private static final Logger log = LoggerFactory.getLogger(NewCases.class);

  private final CaseAssessor assessor;
  private final CaseStore cases;
  private final ProcessedMessages processed;
  private final Outbox outbox;
  private final EscalationMail mail;
  private final LiveRules rules;
  private final CaseDeadlines deadlines;
  private final ChatNotifications chats;

  NewCases(
      CaseAssessor assessor,
      CaseStore cases,
      ProcessedMessages processed,
      Outbox outbox,
      EscalationMail mail,
      LiveRules rules,
      CaseDeadlines deadlines,
      ChatNotifications chats) {
    this.assessor = assessor;
    this.cases = cases;
    this.processed = processed;
    this.outbox = outbox;
    this.mail = mail;
    this.rules = rules;
    this.deadlines = deadlines;
    this.chats = chats;
  }

  /** Call in the intake transaction; returns the new case's id. */
  String open(IncomingMessage message, String key, Reading r) {
    Letter letter = r.letter();
    Envelope env = letter.envelope();
    Judgement j = r.judgement();
    RoutingDecision d = assessor.route(message.mailbox(), r);
    String caseId =
        cases.open(
            new NewCase(
                message.mailbox(),
                env.messageId(),
                threadRoot(env),
                env.from(),
                letter.subject(),
                message.receivedAt(),
                j.severity(),
                j.signals(),
                j.rule(),
                d.executiveId(),
                d.policy(),
                d.rule(),
                d.rulesVersion(),
                CaseAssessor.language(letter).orElse(null),
                letter.readableText(),
                original(message, letter),
                evidence(j)));
    cases.addEvent(caseId, new TimelineEntry.Received(message.mailbox(), message.source()));
    cases.addEvent(
        caseId, new TimelineEntry.Judged(j.severity(), j.rule(), CaseAssessor.evidenceSummary(j)));
    cases.addEvent(caseId, new TimelineEntry.Routed(d.rule(), d.condition(), d.rulesVersion()));
    CaseDeadlines.Handover handover = null;
    if (d.escalates()) {
      Executive named =
          rules
              .executive(d.executiveId())
              .orElseThrow(() -> new IllegalStateException("unknown executive " + d.executiveId()));
      handover = deadlines.start(caseId, named, d.policy());
      Executive exec = handover.recipient();
      OutgoingMail out =
          mail.compose(
              new EscalationNotice(
                  caseId,
                  MailKind.ESCALATION,
                  exec,
                  env.from(),
                  message.mailbox(),
                  letter.subject(),
                  message.receivedAt(),
                  j,
                  d,
                  letter.readableText(),
                  original(message, letter),
                  handover.note(),
                  handover.acknowledgeBy(),
                  handover.resolveBy(),
                  handover.caseLink(),
                  handover.acknowledgeLink(),
                  handover.resolveLink()));
      outbox.enqueue(out);
      cases.addEvent(caseId, new TimelineEntry.Escalated(exec.name(), exec.email()));
    }
    if (!d.channels().isEmpty()) {
      chats.escalated(caseId, d.channels(), chatMoment(caseId, j, d, handover));
    }
    processed.record(key, message.mailbox(), ProcessedMessages.Outcome.CASE, caseId);
    log.info(
        "{} became {} ({} {}) for {}",
        message,
        caseId,
        j.severity().wireName(),
        j.signalNames(),
        d.escalates() ? d.executiveId() : "no one (recorded only)");
    return caseId;
  }

  /** The message as received, or a dropped letter's file under its own name and detected type. */
  private static OriginalFile original(IncomingMessage message, Letter letter) {
    if (message.mime()) {
      return OriginalFile.message(message.raw());
    }
    String type =
        letter.attachments().isEmpty()
            ? "application/octet-stream"
            : letter.attachments().get(0).mediaType();
    return new OriginalFile(message.fileName(), type, message.raw());
  }

  private ChatNotifications.Moment chatMoment(
      String caseId, Judgement j, RoutingDecision d, CaseDeadlines.Handover handover) {
    String severity = j.severity().wireName().toUpperCase();
    if (handover == null) {
      return new ChatNotifications.Moment(
          PostKind.ESCALATION,
          "A "
              + severity
              + " letter was recorded by rule "
              + d.rule()
              + "; no one is asked to act.",
          null,
          null,
          deadlines.caseLink(caseId),
          null);
    }
    Executive to = handover.recipient();
    return new ChatNotifications.Moment(
        PostKind.ESCALATION,
        "A "
            + severity
            + " letter was escalated to "
            + to.name()
            + " by rule "
            + d.rule()
            + (handover.note() == null ? "." : ". " + handover.note()),
        to,
        handover.acknowledgeBy(),
        deadlines.caseLink(caseId),
        handover.acknowledgeLink());
  }

  private static List<CaseEvidence> evidence(Judgement j) {
    List<CaseEvidence> all = new ArrayList<>();
    for (SignalFinding f : j.findings()) {
      f.evidence().forEach(e -> all.add(new CaseEvidence(f.signal(), e.phrase(), e.location())));
    }
    return all;
  }

  /** The first message of the thread, so later replies find the case. */
  private static String threadRoot(Envelope env) {
    return env.references().isEmpty() ? env.messageId() : env.references().get(0);
  }
}
