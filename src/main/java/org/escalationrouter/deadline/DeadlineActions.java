package org.escalationrouter.deadline;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.escalate.EscalationMail;
import org.escalationrouter.escalate.MailKind;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.escalate.YourTime;
import org.escalationrouter.notify.ChatNotifications;
import org.escalationrouter.notify.PostKind;
import org.escalationrouter.route.Executive;
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
    String what = e.kind() == TimerKind.REMIND_ACK ? "acknowledged" : "resolved";
    send(
        c,
        MailKind.REMINDER,
        to.get(),
        "Case "
            + c.id()
            + " has not been "
            + what
            + " yet."
            + timeLeft(c.id(), e, to.get())
            + "\n\nOpen the case: "
            + deadlines.caseLink(c.id()));
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
    String what = e.kind() == TimerKind.BREACH_ACK ? "acknowledge" : "resolve";
    String history = history(c);
    send(
        c,
        MailKind.BREACH,
        to.get(),
        "The deadline to "
            + what
            + " case "
            + c.id()
            + " passed "
            + YourTime.span(Duration.between(e.dueAt(), clock.instant()))
            + " ago ("
            + YourTime.at(e.dueAt(), to.get())
            + " your time) without an answer. It is escalated to you (level "
            + e.level()
            + ").\n\nOpen the case: "
            + deadlines.caseLink(c.id())
            + "\n\n"
            + history);
    cases.addEvent(
        c.id(),
        new TimelineEntry.Breached(e.kind() == TimerKind.BREACH_ACK, to.get().name(), e.level()));
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
      send(
          c,
          MailKind.NOTICE,
          owner.get(),
          "Case "
              + c.id()
              + " was escalated over you to "
              + to.get().name()
              + " because the deadline to "
              + what
              + " passed.");
    }
  }

  /** " Time left: 3 hours 10 minutes; acknowledge by Monday 7 December, 13:00 your time." */
  private String timeLeft(String caseId, TimerEvent e, Executive reader) {
    TimerKind deadline =
        e.kind() == TimerKind.REMIND_ACK ? TimerKind.BREACH_ACK : TimerKind.BREACH_RESOLVE;
    String verb = deadline == TimerKind.BREACH_ACK ? "acknowledge" : "resolve";
    return timers.pending(caseId).stream()
        .filter(t -> t.kind() == deadline && t.level() == e.level())
        .map(ScheduledTimer::dueAt)
        .findFirst()
        .map(
            due ->
                " Time left: "
                    + YourTime.span(Duration.between(clock.instant(), due))
                    + "; "
                    + verb
                    + " by "
                    + YourTime.at(due, reader)
                    + " your time.")
        .orElse("");
  }

  /** The next deadline still running on the case (the breach timers are scheduled first). */
  private ChatNotifications.Moment moment(
      String caseId, PostKind kind, String headline, Executive to, TimerEvent e) {
    java.time.Instant deadline =
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

  private String history(EscalationCase c) {
    StringBuilder s = new StringBuilder("History so far:\n");
    cases
        .events(c.id())
        .forEach(
            ev ->
                s.append("  ")
                    .append(ev.at())
                    .append("  ")
                    .append(ev.kind().wireName())
                    .append(": ")
                    .append(ev.detail())
                    .append('\n'));
    s.append("\nWhat the customer wrote:\n\n");
    String text = c.newText() == null ? "" : c.newText();
    text.lines().forEach(l -> s.append("  ").append(l).append('\n'));
    return s.toString();
  }

  private void send(EscalationCase c, MailKind kind, Executive to, String body) {
    outbox.enqueue(
        mail.write(
            EscalationMail.CaseMail.about(c, kind, to, body, cases.original(c.id()).orElse(null))));
  }
}
