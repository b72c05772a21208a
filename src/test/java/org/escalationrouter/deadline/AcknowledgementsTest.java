package org.escalationrouter.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.escalationrouter.audit.AuditEntry;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.cases.CaseStatus;
import org.escalationrouter.deadline.Acknowledgements.Outcome;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.ScheduledTimer;
import org.escalationrouter.sla.TimerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acknowledging and resolving by an executive (a signed link, or a reply once proven) and through
 * the API: what it stops, that it happens once, and who may do it. The coo reports to the ceo, the
 * head of legal to the coo; the coo's deputy is the head of legal.
 */
class AcknowledgementsTest {

  private static final String LINK = "signed link";

  @RegisterExtension final DeadlineContext ctx = new DeadlineContext();

  private final Acknowledgements acks = ctx.bean(Acknowledgements.class);

  @Test
  void acknowledgingStopsTheAcknowledgeDeadlinesAndLeavesTheResolveOnesRunning() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byExecutive(caseId, "coo", LinkAction.ACKNOWLEDGE, LINK))
        .isEqualTo(Outcome.DONE);

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(ctx.pending(caseId))
        .extracting(ScheduledTimer::kind)
        .containsExactly(
            TimerKind.REMIND_RESOLVE, TimerKind.REMIND_RESOLVE, TimerKind.BREACH_RESOLVE);
    assertThat(ctx.lastEntry(caseId))
        .extracting(CaseEvent::kind, CaseEvent::detail)
        .containsExactly(CaseEventKind.ACKNOWLEDGED, "Acknowledged by coo by signed link");
  }

  @Test
  void resolvingStopsEveryDeadline() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byExecutive(caseId, "coo", LinkAction.RESOLVE, LINK)).isEqualTo(Outcome.DONE);

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.RESOLVED);
    assertThat(ctx.pending(caseId)).isEmpty();
    assertThat(ctx.lastEntry(caseId))
        .extracting(CaseEvent::kind, CaseEvent::detail)
        .containsExactly(CaseEventKind.RESOLVED, "Resolved by coo by signed link");
  }

  @Test
  void aCaseIsAcknowledgedOnceAndResolvedOnce() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byExecutive(caseId, "coo", LinkAction.ACKNOWLEDGE, LINK))
        .isEqualTo(Outcome.DONE);
    assertThat(acks.byExecutive(caseId, "ceo", LinkAction.ACKNOWLEDGE, LINK))
        .isEqualTo(Outcome.ALREADY_DONE);
    assertThat(acks.byExecutive(caseId, "coo", LinkAction.RESOLVE, LINK)).isEqualTo(Outcome.DONE);
    assertThat(acks.byExecutive(caseId, "coo", LinkAction.RESOLVE, LINK))
        .isEqualTo(Outcome.ALREADY_DONE);
    assertThat(acks.byExecutive(caseId, "coo", LinkAction.ACKNOWLEDGE, LINK))
        .as("a resolved case is acknowledged too")
        .isEqualTo(Outcome.ALREADY_DONE);

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.RESOLVED);
    assertThat(ctx.timeline(caseId))
        .extracting(CaseEvent::kind)
        .filteredOn(k -> k == CaseEventKind.ACKNOWLEDGED || k == CaseEventKind.RESOLVED)
        .containsExactly(CaseEventKind.ACKNOWLEDGED, CaseEventKind.RESOLVED);
  }

  @ParameterizedTest(name = "{1} on a case of {0}")
  @CsvSource({
    "coo, coo",
    "coo, head-of-legal", // the owner's deputy
    "coo, ceo", // the owner's manager
    "head-of-legal, ceo" // two levels up, above a manager who is also the deputy
  })
  void theOwnerTheirDeputyAndTheManagersAboveMayAct(String owner, String actor) {
    String caseId = ctx.escalatedCase(owner);

    assertThat(acks.byExecutive(caseId, actor, LinkAction.ACKNOWLEDGE, LINK))
        .isEqualTo(Outcome.DONE);
    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.ACKNOWLEDGED);
  }

  @ParameterizedTest(name = "{1} on a case of {0}")
  @CsvSource({
    "coo, cfo", // a peer
    "coo, finance-director", // in another branch
    "ceo, coo" // below the owner
  })
  void anExecutiveOutsideTheChainChangesNothingAndIsRecorded(String owner, String actor) {
    String caseId = ctx.escalatedCase(owner);

    assertThat(acks.byExecutive(caseId, actor, LinkAction.RESOLVE, LINK))
        .isEqualTo(Outcome.NOT_ALLOWED);

    ctx.assertRefused(
        caseId,
        CaseEventKind.UNTRUSTED,
        actor + " tried to resolve by signed link but is not in the chain");
  }

  @Test
  void noExecutiveMayActOnACaseTheRulesOnlyRecorded() {
    String caseId = ctx.openCase(null, "Just so you know.");

    assertThat(acks.byExecutive(caseId, "ceo", LinkAction.ACKNOWLEDGE, LINK))
        .isEqualTo(Outcome.NOT_ALLOWED);
    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void anUnknownCaseIsSaidToBeUnknown() {
    assertThat(acks.byExecutive("ESC-404", "coo", LinkAction.ACKNOWLEDGE, LINK))
        .isEqualTo(Outcome.NO_SUCH_CASE);
    assertThat(acks.byApi("ESC-404", LinkAction.RESOLVE, "alice")).isEqualTo(Outcome.NO_SUCH_CASE);
  }

  @Test
  void everyAttemptIsAuditedWithWhoTriedAndWhatCameOfIt() {
    String caseId = ctx.escalatedCase("coo");

    acks.byExecutive(caseId, "coo", LinkAction.ACKNOWLEDGE, LINK);
    acks.byExecutive(caseId, "cfo", LinkAction.RESOLVE, LINK);
    acks.byExecutive(caseId, "coo", LinkAction.ACKNOWLEDGE, LINK);
    acks.byApi("ESC-404", LinkAction.RESOLVE, "alice");

    assertThat(ctx.audit())
        .extracting(
            AuditEntry::actor,
            AuditEntry::action,
            AuditEntry::target,
            AuditEntry::outcome,
            AuditEntry::detail)
        .containsExactly(
            tuple("coo", "acknowledge", caseId, "done", "by signed link"),
            tuple("cfo", "resolve", caseId, "not-allowed", "by signed link"),
            tuple("coo", "acknowledge", caseId, "already-done", "by signed link"),
            tuple("daemon", "resolve", "ESC-404", "no-such-case", "by the API or the case page"));
  }

  @Test
  void anOperatorMayActThroughTheApiOnAnyCase() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byApi(caseId, LinkAction.RESOLVE, "alice")).isEqualTo(Outcome.DONE);

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.RESOLVED);
    assertThat(ctx.pending(caseId)).isEmpty();
    assertThat(ctx.lastEntry(caseId).detail()).isEqualTo("Resolved by alice via the API");
  }
}
