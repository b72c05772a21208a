package org.escalationrouter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each timeline entry is stored in the words its writer used to glue together where it happened;
 * the expected texts are those words, written out, for the same facts.
 */
class TimelineEntryTest {

  private static final Instant ACK = Instant.parse("2026-03-02T11:00:00Z");
  private static final Instant RESOLVE = Instant.parse("2026-03-04T17:00:00Z");

  static Stream<Arguments> entries() {
    return Stream.of(
        entry(
            new TimelineEntry.Received("support", "INBOX uid 17"),
            CaseEventKind.RECEIVED,
            "Received in support (INBOX uid 17)"),
        entry(
            new TimelineEntry.Judged(Severity.HIGH, "legal threat", "legal-threat: \"my lawyer\""),
            CaseEventKind.JUDGED,
            "high by rule \"legal threat\"; legal-threat: \"my lawyer\""),
        entry(
            new TimelineEntry.Routed("legal", "signal legal-threat", "abc123"),
            CaseEventKind.ROUTED,
            "Rule legal (signal legal-threat), rules version abc123"),
        entry(
            new TimelineEntry.Routed("default", null, "abc123"),
            CaseEventKind.ROUTED,
            "Rule default, rules version abc123"),
        entry(
            new TimelineEntry.Escalated("Ada Hale", "hale@example.com"),
            CaseEventKind.ESCALATED,
            "Escalation to Ada Hale <hale@example.com> queued"),
        entry(
            new TimelineEntry.SlaStarted(
                "standard", ACK, RESOLVE, "Ada Hale", ZoneId.of("Europe/Warsaw")),
            CaseEventKind.SLA_STARTED,
            "Policy standard: acknowledge by 2026-03-02T11:00:00Z, resolve by 2026-03-04T17:00:00Z"
                + " (Ada Hale's working hours, Europe/Warsaw)"),
        entry(
            new TimelineEntry.Deputy("Ada Hale", "is out of office", "deputy"),
            CaseEventKind.DEPUTY,
            "Ada Hale is out of office; you receive this case as their deputy."),
        entry(
            new TimelineEntry.FollowUp(
                "kim@example.org",
                Severity.MEDIUM,
                Severity.HIGH,
                List.of(Signal.LEGAL_THREAT, Signal.PRINCIPAL_REQUEST)),
            CaseEventKind.FOLLOW_UP,
            "The customer wrote again (kim@example.org): severity raised from medium to high;"
                + " new signals: principal-request,legal-threat"),
        entry(
            new TimelineEntry.FollowUp("kim@example.org", Severity.LOW, Severity.LOW, List.of()),
            CaseEventKind.FOLLOW_UP,
            "The customer wrote again (kim@example.org): severity stays low; new signals: "),
        entry(
            new TimelineEntry.FollowUpHeld("  Any news?\n\n Kim "),
            CaseEventKind.FOLLOW_UP_HELD,
            "Any news? Kim"),
        entry(new TimelineEntry.FollowUpHeld(null), CaseEventKind.FOLLOW_UP_HELD, ""),
        entry(
            new TimelineEntry.FollowUpHeld("y".repeat(201)),
            CaseEventKind.FOLLOW_UP_HELD,
            "y".repeat(200) + " …"),
        entry(
            new TimelineEntry.Reply("hale@example.com", "ALREADY_DONE"),
            CaseEventKind.REPLY,
            "Reply from hale@example.com: already done"),
        entry(
            new TimelineEntry.ReplyFromStranger("someone@example.net"),
            CaseEventKind.REPLY,
            "Reply from someone@example.net recorded; not an executive, not trusted"),
        entry(
            new TimelineEntry.NotInChain("cfo", "acknowledge", "link"),
            CaseEventKind.UNTRUSTED,
            "cfo tried to acknowledge by link but is not in the chain"),
        entry(
            new TimelineEntry.NotActedOn("A reply", "Ada Hale", "dkim=fail"),
            CaseEventKind.UNTRUSTED,
            "A reply in the name of Ada Hale was not acted on: dkim=fail"),
        entry(
            new TimelineEntry.Done(CaseStatus.ACKNOWLEDGED, "hale by link"),
            CaseEventKind.ACKNOWLEDGED,
            "Acknowledged by hale by link"),
        entry(
            new TimelineEntry.Done(CaseStatus.RESOLVED, "admin on the dashboard"),
            CaseEventKind.RESOLVED,
            "Resolved by admin on the dashboard"),
        entry(
            new TimelineEntry.Reminded("Ada Hale", "REMIND_ACK", 0),
            CaseEventKind.REMINDER,
            "Reminded Ada Hale (REMIND_ACK, level 0)"),
        entry(
            new TimelineEntry.Breached(true, "Bo Chief", 1),
            CaseEventKind.BREACH,
            "Deadline to acknowledge missed; escalated to Bo Chief (level 1)"),
        entry(
            new TimelineEntry.Breached(false, "Bo Chief", 2),
            CaseEventKind.BREACH,
            "Deadline to resolve missed; escalated to Bo Chief (level 2)"),
        entry(
            new TimelineEntry.Bounced("hale@example.com", false, "mailbox-full", "5.2.2", "hard"),
            CaseEventKind.BOUNCE,
            "Mail to hale@example.com bounced: mailbox-full 5.2.2 (hard)"),
        entry(
            new TimelineEntry.Bounced("hale@example.com", true, "expired", null, "soft"),
            CaseEventKind.BOUNCE,
            "Mail to hale@example.com delayed: expired (soft)"),
        entry(
            new TimelineEntry.RefusedForContent("mesg-too-big", "5.3.4"),
            CaseEventKind.BOUNCE,
            "Refused for its content, not the address: mesg-too-big 5.3.4"),
        entry(
            new TimelineEntry.RefusedForContent("content-error", null),
            CaseEventKind.BOUNCE,
            "Refused for its content, not the address: content-error"),
        entry(
            new TimelineEntry.Report(CaseEventKind.DELIVERY_REPORT, "hale@example.com"),
            CaseEventKind.DELIVERY_REPORT,
            "Report about the mail to hale@example.com"),
        entry(
            new TimelineEntry.AutoReply("hale@example.com"),
            CaseEventKind.AUTO_REPLY,
            "Automatic reply from hale@example.com (out of office?)"),
        entry(
            new TimelineEntry.NoStandIn("Ada Hale"),
            CaseEventKind.FAILOVER,
            "No deputy or manager of Ada Hale can be reached"),
        entry(
            new TimelineEntry.HandedOver(
                "Ada Hale", "could not be reached (mailbox-full)", "ESC-7"),
            CaseEventKind.FAILOVER,
            "Ada Hale could not be reached (mailbox-full); you receive case ESC-7 in their place."),
        entry(
            new TimelineEntry.Posted("reminder", "slack webhook", "k-1"),
            CaseEventKind.NOTIFY,
            "reminder post to the slack webhook queued (k-1)"),
        entry(
            new TimelineEntry.PostFailed("breach", "teams webhook", "refused with HTTP 400"),
            CaseEventKind.NOTIFY_FAILED,
            "The breach post to the teams webhook was refused with HTTP 400"));
  }

  @ParameterizedTest
  @MethodSource("entries")
  void theFactsAreStoredInTheWordsTheTimelineHasAlwaysUsed(
      TimelineEntry entry, CaseEventKind kind, String detail) {
    assertThat(entry.kind()).isEqualTo(kind);
    assertThat(entry.detail()).isEqualTo(detail);
  }

  @Test
  void everyKindTheFlowWritesHasItsWordsHere() {
    Set<CaseEventKind> covered =
        entries().map(a -> (CaseEventKind) a.get()[1]).collect(Collectors.toSet());
    // bulk and own mail come back are reports too (failover writes them as Report)
    Set<CaseEventKind> reportsOnly =
        EnumSet.of(CaseEventKind.FEEDBACK_REPORT, CaseEventKind.BULK, CaseEventKind.OWN_MAIL);
    assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.copyOf(reportsOnly)));
  }

  private static Arguments entry(TimelineEntry entry, CaseEventKind kind, String detail) {
    return Arguments.of(entry, kind, detail);
  }
}
