package org.escalationrouter.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalationrouter.cases.CaseEvidence;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.route.NotifyTarget;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues chat and webhook posts about a case. Call inside the transaction that records the case or
 * fires its timer: the posts are committed with it and sent afterwards by the webhook sender.
 */
@Component
public class ChatNotifications {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final WebhookOutbox outbox;
  private final CaseStore cases;

  ChatNotifications(WebhookOutbox outbox, CaseStore cases) {
    this.outbox = outbox;
    this.cases = cases;
  }

  /** Who must act, by when, and the links the post offers; any of them may be null. */
  public record Moment(
      PostKind kind,
      String headline,
      Executive executive,
      Instant deadline,
      String caseLink,
      String acknowledgeLink) {}

  /** Posts a newly recorded case to each channel the rules named; records it on the timeline. */
  public void escalated(String caseId, List<NotifyTarget> targets, Moment moment) {
    post(caseId, targets, moment);
  }

  /**
   * Posts a reminder or breach to the channels the case's escalation went to; none when the rules
   * named no channel for it.
   */
  public void followUp(String caseId, Moment moment) {
    post(caseId, outbox.targetsOf(caseId), moment);
  }

  private void post(String caseId, List<NotifyTarget> targets, Moment moment) {
    if (targets.isEmpty()) {
      return;
    }
    EscalationCase c =
        cases
            .find(caseId)
            .orElseThrow(() -> new IllegalStateException("no case " + caseId + " to post"));
    ChatNotice notice = notice(c, cases.evidence(caseId), moment);
    for (NotifyTarget target : targets) {
      String payload = JSON.writeValueAsString(ChatFormat.named(target.format()).body(notice));
      String key = outbox.enqueue(caseId, moment.kind(), target, payload);
      cases.addEvent(
          caseId, new TimelineEntry.Posted(moment.kind().wireName(), target.toString(), key));
    }
  }

  static ChatNotice notice(EscalationCase c, List<CaseEvidence> evidence, Moment m) {
    Map<String, List<String>> bySignal = new LinkedHashMap<>();
    c.signals().forEach(s -> bySignal.put(s.wireName(), new java.util.ArrayList<>()));
    evidence.forEach(
        e ->
            bySignal
                .computeIfAbsent(e.signal().wireName(), s -> new java.util.ArrayList<>())
                .add(e.phrase()));
    Executive x = m.executive();
    return new ChatNotice(
        c.id(),
        m.kind().wireName(),
        m.headline(),
        c.subject() == null ? "" : c.subject(),
        c.severity().wireName(),
        bySignal.entrySet().stream()
            .map(e -> new ChatNotice.SignalEvidence(e.getKey(), e.getValue()))
            .toList(),
        x == null ? null : new ChatNotice.Person(x.id(), x.name(), x.title(), x.email()),
        m.deadline(),
        m.caseLink(),
        m.acknowledgeLink());
  }
}
