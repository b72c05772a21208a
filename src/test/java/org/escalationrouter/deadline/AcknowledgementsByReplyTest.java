package org.escalationrouter.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.escalationrouter.audit.AuditEntry;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.cases.CaseStatus;
import org.escalationrouter.deadline.Acknowledgements.Outcome;
import org.escalationrouter.deadline.DeadlineContext.Letter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reply by e-mail acts for an executive only when it comes from their address and the trusted
 * mail server ({@value DeadlineContext#TRUSTED_HOST}) proved it; a line "resolved" resolves ({@link
 * ResolvingReplyTest}).
 */
class AcknowledgementsByReplyTest {

  private static final List<String> PROVEN =
      List.of(DeadlineContext.TRUSTED_HOST + "; dkim=pass header.d=corp.example");

  @RegisterExtension final DeadlineContext ctx = new DeadlineContext();

  private final Acknowledgements acks = ctx.bean(Acknowledgements.class);

  @Test
  void aProvenReplyFromTheOwnerAcknowledges() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byReply(caseId, "coo@corp.example", "On it, I call her today.", PROVEN))
        .isEqualTo(Outcome.DONE);

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(ctx.lastEntry(caseId).detail()).isEqualTo("Acknowledged by coo by reply");
    assertThat(ctx.audit())
        .extracting(AuditEntry::actor, AuditEntry::source, AuditEntry::action, AuditEntry::outcome)
        .containsExactly(tuple("coo", "mail", "acknowledge", "done"));
  }

  @Test
  void aProvenReplyWithALineSayingResolvedResolves() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byReply(caseId, "coo@corp.example", "Resolved.\nRefunded in full.", PROVEN))
        .isEqualTo(Outcome.DONE);

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.RESOLVED);
    assertThat(ctx.pending(caseId)).isEmpty();
  }

  @Test
  void theSendersAddressIsMatchedWhateverItsCaseAndSurroundingSpace() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byReply(caseId, " COO@Corp.Example ", "On it.", PROVEN))
        .isEqualTo(Outcome.DONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mx.corp.example; dkim=fail; spf=fail | neither DKIM nor SPF passed for corp.example",
        "mx.elsewhere.example; dkim=pass header.d=corp.example"
            + " | no Authentication-Results from a trusted host"
      })
  void anUnprovenReplyChangesNothingAndSaysWhy(String header, String reason) {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byReply(caseId, "coo@corp.example", "resolved", List.of(header)))
        .isEqualTo(Outcome.UNTRUSTED);

    ctx.assertRefused(
        caseId,
        CaseEventKind.UNTRUSTED,
        "A reply in the name of Ewa Nowak was not acted on: " + reason);
    assertThat(ctx.audit())
        .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::outcome)
        .containsExactly(tuple("coo", "resolve", "untrusted"));
  }

  @Test
  void anUnprovenReplyAsksTheExecutiveAtTheAddressWeKnowToUseALink() {
    String caseId = ctx.escalatedCase("coo");

    acks.byReply(caseId, " COO@Corp.Example ", "On it.", List.of());

    assertThat(ctx.mail(caseId))
        .extracting(Letter::kind, Letter::recipient)
        .containsExactly(tuple("untrusted-reply", "coo@corp.example"));
  }

  @Test
  void aReplyFromAStrangerIsRecordedButTheirAddressStaysOutOfTheAudit() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byReply(caseId, "kim@customer.example", "resolved", PROVEN))
        .isEqualTo(Outcome.NOT_ALLOWED);

    ctx.assertRefused(
        caseId,
        CaseEventKind.REPLY,
        "Reply from kim@customer.example recorded; not an executive, not trusted");
    assertThat(ctx.audit())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.actor()).isEqualTo("unknown sender");
              assertThat(entry.outcome()).isEqualTo("not-allowed");
              assertThat(entry.toString()).doesNotContain("customer.example");
            });
    assertThat(ctx.mail(caseId)).isEmpty();
  }

  @Test
  void aProvenReplyFromAnExecutiveOutsideTheChainIsRefused() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(acks.byReply(caseId, "cfo@corp.example", "On it.", PROVEN))
        .isEqualTo(Outcome.NOT_ALLOWED);

    ctx.assertRefused(
        caseId,
        CaseEventKind.UNTRUSTED,
        "cfo tried to acknowledge by reply but is not in the chain");
  }
}
