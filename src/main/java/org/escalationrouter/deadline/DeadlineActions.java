package org.escalationrouter.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.escalate.CaseLetter;
import org.escalationrouter.escalate.EscalationMail;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.notify.ChatNotifications;
import org.escalationrouter.notify.PostKind;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.ScheduledTimer;
import org.escalationrouter.sla.SlaActions;
import org.escalationrouter.sla.SlaTimers;
import org.escalationrouter.sla.TimerEvent;
import org.escalationrouter.sla.TimerKind;
import org.springframework.stereotype.Component;

/**
 * What a fired timer does: a reminder to the current owner, or on breach the case handed up to the
 * manager with its history, and the previous owner told. Runs in the timer's transaction.
 */
@Component
class DeadlineActions implements SlaActions {

  private final CaseStore cases;
  private final LiveRules rules;
  private final EscalationMail mail;
  private final Outbox outbox;
  private final SlaTimers timers;
  private final CaseDeadlines deadlines;
  private final Clock clock;
  private final ChatNotifications chats;

  DeadlineActions(
      CaseStore cases,
      LiveRules rules,
      EscalationMail mail,
      Outbox outbox,
      SlaTimers timers,
      CaseDeadlines deadlines,
      Clock clock,
      ChatNotifications chats) {
    this.chats = chats;
    this.cases = cases;
    this.rules = rules;
    this.mail = mail;
    this.outbox = outbox;
    this.timers = timers;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void remind(TimerEvent e) {
    Optional<EscalationCase> found = cases.find(e.caseId());
    Optional<Executive> to = rules.executive(e.executiveId());
    if (found.isEmpty() || to.isEmpty()) {
      return;
    }
    EscalationCase c = found.get();
    boolean acknowledge = e.kind() == TimerKind.REMIND_ACK;
    String what = acknowledge ? "acknowledged" : "resolved";
    send(
        c,
        to.get(),
        new CaseLetter.Reminder(
            acknowledge, dueAt(c.id(), e), clock.instant(), deadlines.caseLink(c.id())));
    cases.addEvent(
        c.id(), new TimelineEntry.Reminded(to.get().name(), String.valueOf(e.kind()), e.level()));
    chats.followUp(
        c.id(),
        moment(
            c.id(),
            PostKind.REMINDER,
            "Reminder: " + to.get().name() + " has not " + what + " this case yet.",
            to.get(),
            e));
  }

  @Override
  public void breach(TimerEvent e) {
    Optional<EscalationCase> found = cases.find(e.caseId());
    Optional<Executive> to = rules.executive(e.executiveId());
    if (found.isEmpty() || to.isEmpty()) {
      return;
    }
    EscalationCase c = found.get();
    boolean acknowledge = e.kind() == TimerKind.BREACH_ACK;
    String what = acknowledge ? "acknowledge" : "resolve";
    send(
        c,
        to.get(),
        new CaseLetter.Breach(
            acknowledge,
            e.dueAt(),
            clock.instant(),
            e.level(),
            deadlines.caseLink(c.id()),
            cases.events(c.id())));
    cases.addEvent(c.id(), new TimelineEntry.Breached(acknowledge, to.get().name(), e.level()));
    chats.followUp(
        c.id(),
        moment(
            c.id(),
            PostKind.BREACH,
            "Deadline to " + what + " missed; the case is escalated to " + to.get().name() + ".",
            to.get(),
            e));
    Optional<Executive> owner = Optional.ofNullable(c.executive()).flatMap(rules::executive);
    if (owner.isPresent() && !owner.get().id().equals(to.get().id())) {
      send(c, owner.get(), new CaseLetter.Notice(acknowledge, to.get().name()));
    }
  }

  /** The deadline a reminder is about, at its level; null when none is pending. */
  private Instant dueAt(String caseId, TimerEvent e) {
    TimerKind deadline =
        e.kind() == TimerKind.REMIND_ACK ? TimerKind.BREACH_ACK : TimerKind.BREACH_RESOLVE;
    return timers.pending(caseId).stream()
        .filter(t -> t.kind() == deadline && t.level() == e.level())
        .map(ScheduledTimer::dueAt)
        .findFirst()
        .orElse(null);
  }

  /** The next deadline still running on the case (the breach timers are scheduled first). */
  private ChatNotifications.Moment moment(
      String caseId, PostKind kind, String headline, Executive to, TimerEvent e) {
    Instant deadline =
        timers.pending(caseId).stream()
            .filter(t -> t.kind().name().startsWith("BREACH"))
            .map(org.escalationrouter.sla.ScheduledTimer::dueAt)
            .findFirst()
            .orElse(null);
    return new ChatNotifications.Moment(
        kind,
        headline,
        to,
        deadline,
        deadlines.caseLink(caseId),
        deadlines.link(caseId, to, LinkAction.ACKNOWLEDGE, e.dueAt()));
  }

  private void send(EscalationCase c, Executive to, CaseLetter letter) {
    outbox.enqueue(mail.write(c, to, letter, cases.original(c.id()).orElse(null)));
  }
}
