package org.escalationrouter.deadline;

import java.time.Clock;
import java.time.Instant;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.directory.Recipient;
import org.escalationrouter.directory.Recipients;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.sla.AckLinks;
import org.escalationrouter.sla.EscalationChain;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.SlaPolicy;
import org.escalationrouter.sla.SlaSchedule;
import org.escalationrouter.sla.SlaTimers;
import org.springframework.stereotype.Component;

/**
 * Starts the clock on an escalated case: asks the directory who is actually there to receive it
 * (the deputy while the executive is out of office or their address bounces), schedules its
 * reminders and breaches, and signs the links that acknowledge or resolve it.
 */
@Component
public class CaseDeadlines {

  /**
   * Who receives the case, why (when not the executive named by the rule), by when they must act,
   * and their links: the case page and the signed acknowledge and resolve links.
   */
  public record Handover(
      Executive recipient,
      String note,
      Instant acknowledgeBy,
      Instant resolveBy,
      String caseLink,
      String acknowledgeLink,
      String resolveLink) {}

  private final LiveRules rules;
  private final Recipients recipients;
  private final EscalationChain chain;
  private final SlaTimers timers;
  private final AckLinks links;
  private final LinkSettings settings;
  private final CaseStore cases;
  private final Clock clock;

  CaseDeadlines(
      LiveRules rules,
      Recipients recipients,
      EscalationChain chain,
      SlaTimers timers,
      AckLinks links,
      LinkSettings settings,
      CaseStore cases,
      Clock clock) {
    this.rules = rules;
    this.recipients = recipients;
    this.chain = chain;
    this.timers = timers;
    this.links = links;
    this.settings = settings;
    this.cases = cases;
    this.clock = clock;
  }

  /** Call in the transaction that opens the case. */
  public Handover start(String caseId, Executive executive, String policyName) {
    Instant now = clock.instant();
    Recipient receiver = recipients.whoReceives(executive, now);
    Executive recipient = receiver.executive();
    TimelineEntry.Deputy deputy =
        receiver.standsIn()
            ? new TimelineEntry.Deputy(
                executive.name(), receiver.why().words(), receiver.standsInAs())
            : null;
    String note = deputy == null ? null : deputy.detail();
    SlaPolicy policy =
        rules
            .directory()
            .policy(policyName)
            .orElseThrow(() -> new IllegalStateException("unknown SLA policy " + policyName));
    SlaSchedule schedule = SlaSchedule.of(policy, chain.calendarOf(recipient.id()), now);
    timers.schedule(caseId, recipient.id(), schedule, 0);
    cases.addEvent(
        caseId,
        new TimelineEntry.SlaStarted(
            policy.name(),
            schedule.acknowledgeBy(),
            schedule.resolveBy(),
            recipient.name(),
            recipient.timeZone()));
    if (deputy != null) {
      cases.addEvent(caseId, deputy);
    }
    return new Handover(
        recipient,
        note,
        schedule.acknowledgeBy(),
        schedule.resolveBy(),
        caseLink(caseId),
        link(caseId, recipient, LinkAction.ACKNOWLEDGE, now),
        link(caseId, recipient, LinkAction.RESOLVE, now));
  }

  /** The case's page on the dashboard. */
  public String caseLink(String caseId) {
    return baseUrl() + "/cases/" + caseId;
  }

  private String baseUrl() {
    return settings.baseUrl().replaceAll("/+$", "");
  }

  String link(String caseId, Executive to, LinkAction action, Instant now) {
    String token = links.sign(caseId, to.id(), action, now.plus(settings.linkValidity()));
    return baseUrl() + "/ack/" + token;
  }
}
