package org.escalationrouter.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.deadline.DeadlineContext.Letter;
import org.escalationrouter.notify.ChatNotifications;
import org.escalationrouter.notify.PostKind;
import org.escalationrouter.route.NotifyTarget;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.ScheduledTimer;
import org.escalationrouter.sla.SlaTimers;
import org.escalationrouter.sla.TimerEvent;
import org.escalationrouter.sla.TimerKind;
import org.escalationrouter.sla.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a fired deadline does, fired as the poller fires it: a reminder to whoever must act, or the
 * case handed up to the manager with its history and the owner told. Cases start at 09:00 Warsaw on
 * Monday 2 March: acknowledge by 13:00, resolve by Tuesday 17:00; the coo reports to the ceo.
 */
class DeadlineActionsTest {

  private static final NotifyTarget CHANNEL =
      new NotifyTarget("json", "https://hooks.corp.example/escalations");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @RegisterExtension final DeadlineContext ctx = new DeadlineContext();

  private int fireAt(String warsawTime) {
    ctx.clock.set(Instant.parse(warsawTime + ":00+01:00"));
    return ctx.fireDue();
  }

  private List<Letter> mail(String caseId, String kind) {
    return ctx.mail(caseId).stream().filter(l -> l.kind().equals(kind)).toList();
  }

  @Test
  void aReminderTellsTheOwnerHowLongIsLeftToAcknowledge() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(fireAt("2026-03-02T11:00")).isOne();

    Letter reminder = ctx.mail(caseId).get(0);
    assertThat(reminder.kind()).isEqualTo("reminder");
    assertThat(reminder.recipient()).isEqualTo("coo@corp.example");
    assertThat(reminder.subject()).startsWith("REMINDER [" + caseId + "]");
    assertThat(reminder.text())
        .contains("Case " + caseId + " has not been acknowledged yet.")
        .contains("Time left: 2 hours; acknowledge by Monday 2 March, 13:00 your time.")
        .contains("Open the case: https://router.corp.example/cases/" + caseId);
    assertThat(ctx.lastEntry(caseId))
        .extracting(CaseEvent::kind, CaseEvent::detail)
        .containsExactly(CaseEventKind.REMINDER, "Reminded Ewa Nowak (REMIND_ACK, level 0)");
  }

  @Test
  void onceAcknowledgedTheRemindersAreAboutResolving() {
    String caseId = ctx.escalatedCase("coo");
    ctx.bean(SlaTimers.class).cancel(caseId, TimerKind.ACKNOWLEDGE);

    assertThat(fireAt("2026-03-03T09:00")).isOne();

    assertThat(ctx.mail(caseId))
        .singleElement()
        .extracting(Letter::text)
        .asString()
        .contains("has not been resolved yet.")
        .contains("Time left: 8 hours; resolve by Tuesday 3 March, 17:00 your time.");
  }

  @Test
  void aMissedAcknowledgementGoesToTheManagerWithTheHistory() {
    String caseId = ctx.escalatedCase("coo");

    assertThat(fireAt("2026-03-02T13:00")).as("two reminders and the deadline").isEqualTo(3);

    Letter breach = mail(caseId, "breach").get(0);
    assertThat(breach.recipient()).isEqualTo("ceo@corp.example");
    assertThat(breach.subject()).startsWith("BREACH [" + caseId + "]");
    assertThat(breach.text())
        .contains("Dear Margaret Hale,")
        .contains("The deadline to acknowledge case " + caseId + " passed less than a minute ago")
        .contains("(Monday 2 March, 13:00 your time)")
        .contains("It is escalated to you (level 1).")
        .contains("sla-started: Policy principal")
        .contains("reminder: Reminded Ewa Nowak (REMIND_ACK, level 0)")
        .contains("You charged me twice and nobody answers.");
    assertThat(ctx.lastEntry(caseId))
        .extracting(CaseEvent::kind, CaseEvent::detail)
        .containsExactly(
            CaseEventKind.BREACH,
            "Deadline to acknowledge missed; escalated to Margaret Hale (level 1)");
  }

  @Test
  void theOwnerIsToldThatTheCaseWentOverThem() {
    String caseId = ctx.escalatedCase("coo");

    fireAt("2026-03-02T13:00");

    assertThat(mail(caseId, "notice"))
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.recipient()).isEqualTo("coo@corp.example");
              assertThat(notice.text())
                  .contains(
                      "Case "
                          + caseId
                          + " was escalated over you to Margaret Hale because the deadline to"
                          + " acknowledge passed.");
            });
  }

  @Test
  void theManagerHasTheSameWorkingTimeAgainAndTheTopOfTheChainIsTheLastStep() {
    String caseId = ctx.escalatedCase("coo");
    fireAt("2026-03-02T13:00");

    assertThat(ctx.pending(caseId))
        .filteredOn(t -> t.kind() == TimerKind.BREACH_ACK)
        .extracting(ScheduledTimer::executiveId, ScheduledTimer::level, ScheduledTimer::dueAt)
        .containsExactly(tuple("ceo", 1, Instant.parse("2026-03-02T17:00:00+01:00")));

    fireAt("2026-03-02T17:00");

    assertThat(mail(caseId, "breach"))
        .extracting(Letter::recipient)
        .containsExactly("ceo@corp.example", "ceo@corp.example");
    assertThat(ctx.pending(caseId))
        .extracting(ScheduledTimer::kind)
        .doesNotContain(TimerKind.BREACH_ACK);
  }

  @Test
  void aBreachAtTheTopStaysWithTheOwnerAndNobodyElseIsTold() {
    String caseId = ctx.escalatedCase("ceo");

    fireAt("2026-03-02T13:00");

    assertThat(ctx.mail(caseId))
        .extracting(Letter::kind, Letter::recipient)
        .containsExactly(
            tuple("reminder", "ceo@corp.example"),
            tuple("reminder", "ceo@corp.example"),
            tuple("breach", "ceo@corp.example"));
    assertThat(mail(caseId, "breach").get(0).text()).contains("It is escalated to you (level 0).");
  }

  @Test
  void aReminderIsPostedWhereTheEscalationWasPostedWithALinkForTheOneReminded() {
    String caseId = ctx.escalatedCase("coo");
    postedTo(caseId, CHANNEL);

    fireAt("2026-03-02T11:00");

    JsonNode post = posts(caseId, "reminder").get(0);
    assertThat(post.get("headline").asString())
        .isEqualTo("Reminder: Ewa Nowak has not acknowledged this case yet.");
    assertThat(post.get("deadline").asString()).isEqualTo("2026-03-02T12:00:00Z");
    assertThat(ctx.verify(post.get("links").get("acknowledge").asString(), ctx.clock.instant()))
        .isEqualTo(new Verdict.Valid(caseId, "coo", LinkAction.ACKNOWLEDGE));
  }

  @Test
  void aBreachIsPostedWithTheDeadlineTheManagerNowHas() {
    String caseId = ctx.escalatedCase("coo");
    postedTo(caseId, CHANNEL);

    fireAt("2026-03-02T13:00");

    JsonNode post = posts(caseId, "breach").get(0);
    assertThat(post.get("headline").asString())
        .isEqualTo("Deadline to acknowledge missed; the case is escalated to Margaret Hale.");
    assertThat(post.get("executive").get("id").asString()).isEqualTo("ceo");
    assertThat(post.get("deadline").asString())
        .as("the ceo's four working hours from the breach, not the deadline just missed")
        .isEqualTo("2026-03-02T16:00:00Z");
  }

  @Test
  void aCaseThatWasPostedNowhereGetsNoPosts() {
    String caseId = ctx.escalatedCase("coo");

    fireAt("2026-03-02T13:00");

    assertThat(posts(caseId, "reminder")).isEmpty();
    assertThat(posts(caseId, "breach")).isEmpty();
  }

  @Test
  void aTimerForACaseOrAnExecutiveThatIsGoneDoesNothing() {
    String caseId = ctx.escalatedCase("coo");
    List<CaseEvent> before = ctx.timeline(caseId);
    DeadlineActions actions = ctx.bean(DeadlineActions.class);
    Instant now = ctx.clock.instant();

    actions.remind(new TimerEvent(1, "ESC-404", TimerKind.REMIND_ACK, "coo", 0, now));
    actions.breach(new TimerEvent(2, "ESC-404", TimerKind.BREACH_ACK, "ceo", 1, now));
    actions.remind(new TimerEvent(3, caseId, TimerKind.REMIND_ACK, "former-coo", 0, now));
    actions.breach(new TimerEvent(4, caseId, TimerKind.BREACH_ACK, "former-ceo", 1, now));

    assertThat(ctx.mail(caseId)).isEmpty();
    assertThat(ctx.mail("ESC-404")).isEmpty();
    assertThat(ctx.timeline(caseId)).isEqualTo(before);
  }

  /** The case's escalation was posted to {@code channel}, as a rule's notify step does. */
  private void postedTo(String caseId, NotifyTarget channel) {
    ctx.bean(ChatNotifications.class)
        .escalated(
            caseId,
            List.of(channel),
            new ChatNotifications.Moment(
                PostKind.ESCALATION, "Escalated.", ctx.executive("coo"), null, null, null));
  }

  private List<JsonNode> posts(String caseId, String kind) {
    return ctx
        .jdbc()
        .sql("select payload from webhook_outbox where case_id = ? and kind = ? order by id")
        .params(caseId, kind)
        .query(String.class)
        .list()
        .stream()
        .map(JSON::readTree)
        .toList();
  }
}
