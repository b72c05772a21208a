package org.escalationrouter.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.deadline.DeadlineContext.Letter;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reply in an executive's name that could not be proven: it is put on the case's timeline, and
 * the executive is told once per case, at the address we know, to use a signed link instead.
 */
class UntrustedRepliesTest {

  private static final String REASON = "neither DKIM nor SPF passed for corp.example";

  @RegisterExtension final DeadlineContext ctx = new DeadlineContext();

  private final UntrustedReplies untrusted = ctx.bean(UntrustedReplies.class);

  @Test
  void everyUntrustedReplyIsRecordedButTheExecutiveIsToldOncePerCase() {
    String caseId = ctx.escalatedCase("coo");

    untrusted.record(caseId, ctx.executive("coo"), "A reply", REASON);
    untrusted.record(caseId, ctx.executive("coo"), "An automatic reply", REASON);

    assertThat(ctx.timeline(caseId))
        .extracting(CaseEvent::detail)
        .contains(
            "A reply in the name of Ewa Nowak was not acted on: " + REASON,
            "An automatic reply in the name of Ewa Nowak was not acted on: " + REASON);
    assertThat(ctx.mail(caseId))
        .as("an out-of-office answer to the notice cannot start a loop")
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.kind()).isEqualTo("untrusted-reply");
              assertThat(letter.recipient()).isEqualTo("coo@corp.example");
              assertThat(letter.subject()).startsWith("UNTRUSTED-REPLY [" + caseId + "]");
              assertThat(letter.text()).contains("(" + REASON + "), so nothing was changed");
            });
  }

  @Test
  void theNoticesLinksAcknowledgeAndResolveThisCaseForThatExecutive() {
    String caseId = ctx.escalatedCase("coo");

    untrusted.record(caseId, ctx.executive("coo"), "A reply", REASON);

    Letter notice = ctx.mail(caseId).get(0);
    assertThat(notice.tokens())
        .extracting(token -> ctx.links().verify(token, ctx.clock.instant()))
        .containsExactly(
            new Verdict.Valid(caseId, "coo", LinkAction.ACKNOWLEDGE),
            new Verdict.Valid(caseId, "coo", LinkAction.RESOLVE));
  }

  @Test
  void onAnotherCaseTheExecutiveIsToldAgain() {
    String first = ctx.escalatedCase("coo");
    String second = ctx.escalatedCase("coo");

    untrusted.record(first, ctx.executive("coo"), "A reply", REASON);
    untrusted.record(second, ctx.executive("coo"), "A reply", REASON);

    assertThat(ctx.mail(first)).hasSize(1);
    assertThat(ctx.mail(second)).hasSize(1);
  }

  @Test
  void aReplyAboutAnUnknownCaseLeavesNoTrace() {
    untrusted.record("ESC-404", ctx.executive("coo"), "A reply", REASON);

    assertThat(ctx.timeline("ESC-404")).isEmpty();
    assertThat(ctx.mail("ESC-404")).isEmpty();
  }
}
