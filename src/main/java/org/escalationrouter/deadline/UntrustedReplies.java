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
import org.escalationrouter.escalate.MailKind;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.sla.LinkAction;
import org.springframework.stereotype.Component;

/**
 * A reply that claims to come from an executive but could not be proven: it is recorded on the
 * case, changes nothing, and the executive (at the address we know, not the reply's) is told once
 * per case to use a signed link instead. Once, so an out-of-office answer to the notice cannot
 * start a loop.
 */
@Component
public class UntrustedReplies {

  private final CaseStore cases;
  private final CaseDeadlines deadlines;
  private final EscalationMail mail;
  private final Outbox outbox;
  private final Clock clock;

  UntrustedReplies(
      CaseStore cases, CaseDeadlines deadlines, EscalationMail mail, Outbox outbox, Clock clock) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.mail = mail;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Call in the intake transaction; {@code what} is e.g. "A reply" or "An automatic reply". */
  public void record(String caseId, Executive claimed, String what, String reason) {
    Optional<EscalationCase> found = cases.find(caseId);
    if (found.isEmpty()) {
      return;
    }
    cases.addEvent(caseId, new TimelineEntry.NotActedOn(what, claimed.name(), reason));
    if (outbox.alreadySent(caseId, MailKind.UNTRUSTED_REPLY, claimed.email())) {
      return;
    }
    Instant now = clock.instant();
    outbox.enqueue(
        mail.write(
            found.get(),
            claimed,
            new CaseLetter.UntrustedReply(
                reason,
                deadlines.link(caseId, claimed, LinkAction.ACKNOWLEDGE, now),
                deadlines.link(caseId, claimed, LinkAction.RESOLVE, now)),
            null));
  }
}
