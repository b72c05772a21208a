package org.escalationrouter.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.escalationrouter.deadline.DeadlineContext.MONDAY_9;

import java.time.Duration;
import java.time.Instant;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.ScheduledTimer;
import org.escalationrouter.sla.TimerKind;
import org.escalationrouter.sla.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Starting the clock on an escalated case: who receives it, by when they must act in their own
 * working hours, the reminders before each deadline, and the links they are sent. The coo works
 * 09:00-17:00 in Warsaw (UTC+1 in March); the cfo is away and their deputy works in London (UTC).
 */
class CaseDeadlinesTest {

  @RegisterExtension final DeadlineContext ctx = new DeadlineContext();

  private final CaseDeadlines deadlines = ctx.bean(CaseDeadlines.class);

  private static Instant warsaw(String localDateTime) {
    return Instant.parse(localDateTime + ":00+01:00");
  }

  @Test
  void anExecutiveInOfficeReceivesTheCaseWithDeadlinesInTheirWorkingHours() {
    String caseId = ctx.openCase("coo", "Charged twice.");

    CaseDeadlines.Handover handover = deadlines.start(caseId, ctx.executive("coo"), "principal");

    assertThat(handover.recipient().id()).isEqualTo("coo");
    assertThat(handover.note()).isNull();
    assertThat(handover.acknowledgeBy())
        .as("four working hours from 09:00")
        .isEqualTo(warsaw("2026-03-02T13:00"));
    assertThat(handover.resolveBy())
        .as("sixteen working hours: the whole of Monday and Tuesday")
        .isEqualTo(warsaw("2026-03-03T17:00"));
  }

  @Test
  void remindersFallBeforeEachDeadlineAndEveryTimerIsTheRecipientsAtTheFirstLevel() {
    String caseId = ctx.openCase("coo", "Charged twice.");

    deadlines.start(caseId, ctx.executive("coo"), "principal");

    assertThat(ctx.pending(caseId))
        .extracting(ScheduledTimer::kind, ScheduledTimer::dueAt)
        .as("at half and nine tenths of the working time, then the deadline")
        .containsExactly(
            tuple(TimerKind.REMIND_ACK, warsaw("2026-03-02T11:00")),
            tuple(TimerKind.REMIND_ACK, warsaw("2026-03-02T12:36")),
            tuple(TimerKind.BREACH_ACK, warsaw("2026-03-02T13:00")),
            tuple(TimerKind.REMIND_RESOLVE, warsaw("2026-03-03T09:00")),
            tuple(TimerKind.REMIND_RESOLVE, warsaw("2026-03-03T15:24")),
            tuple(TimerKind.BREACH_RESOLVE, warsaw("2026-03-03T17:00")));
    assertThat(ctx.pending(caseId))
        .extracting(ScheduledTimer::executiveId, ScheduledTimer::level)
        .containsOnly(tuple("coo", 0));
  }

  @Test
  void theTimelineSaysWhichPolicyRunsAndInWhoseWorkingHours() {
    String caseId = ctx.openCase("coo", "Charged twice.");

    deadlines.start(caseId, ctx.executive("coo"), "principal");

    assertThat(ctx.timeline(caseId))
        .extracting(CaseEvent::kind, CaseEvent::detail)
        .containsExactly(
            tuple(
                CaseEventKind.SLA_STARTED,
                "Policy principal: acknowledge by 2026-03-02T12:00:00Z, resolve by"
                    + " 2026-03-03T16:00:00Z (Ewa Nowak's working hours, Europe/Warsaw)"));
  }

  @Test
  void theDeputyOfAnAbsentExecutiveReceivesTheCaseInTheDeputysOwnHours() {
    String caseId = ctx.openCase("cfo", "Charged twice.");

    CaseDeadlines.Handover handover = deadlines.start(caseId, ctx.executive("cfo"), "principal");

    assertThat(handover.recipient().id()).isEqualTo("finance-director");
    assertThat(handover.note())
        .isEqualTo("Jonas Keller is out of office; you receive this case as their deputy.");
    assertThat(handover.acknowledgeBy())
        .as("London opens at 09:00 UTC, an hour after the case came in")
        .isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
    assertThat(ctx.pending(caseId))
        .extracting(ScheduledTimer::executiveId)
        .containsOnly("finance-director");
    assertThat(ctx.timeline(caseId))
        .extracting(CaseEvent::kind)
        .containsExactly(CaseEventKind.SLA_STARTED, CaseEventKind.DEPUTY);
    assertThat(ctx.timeline(caseId).get(1).detail()).isEqualTo(handover.note());
  }

  @Test
  void anUnknownPolicyFailsBeforeAnyTimerRuns() {
    String caseId = ctx.openCase("coo", "Charged twice.");

    assertThatThrownBy(() -> deadlines.start(caseId, ctx.executive("coo"), "platinum"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unknown SLA policy platinum");
    assertThat(ctx.pending(caseId)).isEmpty();
    assertThat(ctx.timeline(caseId)).isEmpty();
  }

  @Test
  void theLinksPointAtTheConfiguredAddressWithoutADoubleSlash() {
    String caseId = ctx.openCase("coo", "Charged twice.");

    CaseDeadlines.Handover handover = deadlines.start(caseId, ctx.executive("coo"), "principal");

    assertThat(handover.caseLink()).isEqualTo("https://router.corp.example/cases/" + caseId);
    assertThat(handover.acknowledgeLink()).startsWith("https://router.corp.example/ack/");
    assertThat(handover.resolveLink()).startsWith("https://router.corp.example/ack/");
  }

  @Test
  void theSignedLinksActForTheRecipientOnThisCase() {
    String caseId = ctx.openCase("cfo", "Charged twice.");

    CaseDeadlines.Handover handover = deadlines.start(caseId, ctx.executive("cfo"), "principal");

    assertThat(ctx.verify(handover.acknowledgeLink(), MONDAY_9))
        .isEqualTo(new Verdict.Valid(caseId, "finance-director", LinkAction.ACKNOWLEDGE));
    assertThat(ctx.verify(handover.resolveLink(), MONDAY_9))
        .isEqualTo(new Verdict.Valid(caseId, "finance-director", LinkAction.RESOLVE));
  }

  @Test
  void theSignedLinksWorkForThirtyDays() {
    String caseId = ctx.openCase("coo", "Charged twice.");

    String link = deadlines.start(caseId, ctx.executive("coo"), "principal").acknowledgeLink();

    Instant expiry = MONDAY_9.plus(Duration.ofDays(30));
    assertThat(ctx.verify(link, expiry.minusSeconds(1))).isInstanceOf(Verdict.Valid.class);
    assertThat(ctx.verify(link, expiry))
        .isEqualTo(new Verdict.Expired(caseId, "coo", LinkAction.ACKNOWLEDGE, expiry));
  }
}
