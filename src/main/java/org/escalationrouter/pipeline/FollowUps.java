package org.escalationrouter.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.cases.CaseEvidence;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.escalate.CaseLetter;
import org.escalationrouter.escalate.EscalationMail;
import org.escalationrouter.escalate.MailKind;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.judge.Evidence;
import org.escalationrouter.judge.Judge;
import org.escalationrouter.judge.Judgement;
import org.escalationrouter.judge.SignalFinding;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.route.LiveRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A customer writing again on the thread of an open case: the new words join the case (never a
 * second case), may raise its severity, and the case's owner is told.
 */
@Component
class FollowUps {

  private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

  private final CaseStore cases;
  private final Judge judge;
  private final LiveRules rules;
  private final EscalationMail mail;
  private final Outbox outbox;
  private final NoticeCap cap;
  private final ProcessedMessages processed;
  private final Clock clock;

  FollowUps(
      CaseStore cases,
      Judge judge,
      LiveRules rules,
      EscalationMail mail,
      Outbox outbox,
      NoticeCap cap,
      ProcessedMessages processed,
      Clock clock) {
    this.cap = cap;
    this.processed = processed;
    this.clock = clock;
    this.cases = cases;
    this.judge = judge;
    this.rules = rules;
    this.mail = mail;
    this.outbox = outbox;
  }

  /** Call in the intake transaction: the letter joins the case, and is accounted for. */
  void record(IncomingMessage message, String key, String caseId, Reading r) {
    attach(caseId, r.letter(), r.judgement(), message.mime() ? message.raw() : null);
    processed.record(key, message.mailbox(), ProcessedMessages.Outcome.FOLLOW_UP, caseId);
    log.info("{} is a follow-up on {}", message, caseId);
  }

  private void attach(String caseId, Letter letter, Judgement followUp, byte[] raw) {
    Optional<EscalationCase> found = cases.find(caseId);
    if (found.isEmpty()) {
      return;
    }
    EscalationCase c = found.get();
    Judgement before = stored(c);
    Judgement merged = judge.merge(before, followUp);
    List<CaseEvidence> added = new ArrayList<>();
    for (SignalFinding f : followUp.findings()) {
      f.evidence().forEach(e -> added.add(new CaseEvidence(f.signal(), e.phrase(), e.location())));
    }
    cases.updateJudgement(caseId, merged.severity(), merged.signals(), merged.rule(), added);
    TimelineEntry.FollowUp entry =
        new TimelineEntry.FollowUp(
            letter.envelope().from(),
            before.severity(),
            merged.severity(),
            followUp.findings().stream().map(SignalFinding::signal).toList());
    cases.addEvent(caseId, entry);
    Optional<Executive> owner = Optional.ofNullable(c.executive()).flatMap(rules::executive);
    if (owner.isEmpty()) {
      return;
    }
    List<Instant> sent = outbox.queuedTimes(caseId, MailKind.FOLLOW_UP);
    // a raised severity always goes out at once; the cap holds back more of the same
    if (merged.severity() == before.severity() && !cap.allows(sent, clock.instant())) {
      cases.addEvent(caseId, new TimelineEntry.FollowUpHeld(letter.newText()));
      return;
    }
    Instant last = sent.isEmpty() ? Instant.MIN : sent.get(sent.size() - 1);
    List<CaseEvent> held =
        cases.events(caseId).stream()
            .filter(e -> e.kind() == CaseEventKind.FOLLOW_UP_HELD && e.at().isAfter(last))
            .toList();
    owner.ifPresent(
        o ->
            outbox.enqueue(
                mail.write(
                    c,
                    o,
                    new CaseLetter.FollowUp(merged, entry.change(), letter.readableText(), held),
                    raw == null ? null : OriginalFile.message(raw))));
  }

  private Judgement stored(EscalationCase c) {
    Map<Signal, List<Evidence>> bySignal = new EnumMap<>(Signal.class);
    c.signals().forEach(s -> bySignal.put(s, new ArrayList<>()));
    for (CaseEvidence e : cases.evidence(c.id())) {
      bySignal
          .computeIfAbsent(e.signal(), k -> new ArrayList<>())
          .add(new Evidence(e.phrase(), e.location()));
    }
    List<SignalFinding> findings = new ArrayList<>();
    bySignal.forEach((s, ev) -> findings.add(new SignalFinding(s, ev)));
    return new Judgement(c.severity(), findings, c.severityRule());
  }
}
