package org.escalationrouter.deadline;

import java.time.Clock;
import java.time.Instant;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.route.Executive;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.sla.AckLinks;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.SlaPolicy;
import org.escalationrouter.sla.SlaSchedule;
import org.escalationrouter.sla.SlaTimers;
import org.springframework.stereotype.Component;

/**
 * Starts the clock on an escalated case: picks who is actually there to receive it (the deputy
 * while the executive is out of office), schedules its reminders and breaches, and signs the links
 * that acknowledge or resolve it.
 */
@Component
public class CaseDeadlines {

  /** Who receives the case, why (when not the executive named by the rule), and their links. */
  public record Handover(
      Executive recipient,
      String note,
      String acknowledgeLink,
      String resolveLink,
      Instant acknowledgeBy) {}

  private final LiveRules rules;
  private final ExecutiveChain chain;
  private final SlaTimers timers;
  private final AckLinks links;
  private final LinkSettings settings;
  private final CaseStore cases;
  private final Clock clock;

  CaseDeadlines(
      LiveRules rules,
      ExecutiveChain chain,
      SlaTimers timers,
      AckLinks links,
      LinkSettings settings,
      CaseStore cases,
      Clock clock) {
    this.rules = rules;
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
    Executive recipient = chain.available(executive, now);
    String note =
        recipient == executive
            ? null
            : executive.name() + " is out of office; you receive this case as their deputy.";
    org.escalationrouter.route.SlaPolicy policy =
        rules
            .directory()
            .policy(policyName)
            .orElseThrow(() -> new IllegalStateException("unknown SLA policy " + policyName));
    SlaSchedule schedule =
        SlaSchedule.of(
            new SlaPolicy(policy.name(), policy.acknowledge(), policy.resolve()),
            chain.calendarOf(recipient.id()),
            now);
    timers.schedule(caseId, recipient.id(), schedule, 0);
    cases.addEvent(
        caseId,
        "sla-started",
        "Policy "
            + policy.name()
            + ": acknowledge by "
            + schedule.acknowledgeBy()
            + ", resolve by "
            + schedule.resolveBy()
            + " ("
            + recipient.name()
            + "'s working hours, "
            + recipient.timeZone()
            + ")");
    if (note != null) {
      cases.addEvent(caseId, "deputy", note);
    }
    return new Handover(
        recipient,
        note,
        link(caseId, recipient, LinkAction.ACKNOWLEDGE, now),
        link(caseId, recipient, LinkAction.RESOLVE, now),
        schedule.acknowledgeBy());
  }

  /** The case's page on the dashboard. */
  public String caseUrl(String caseId) {
    return settings.baseUrl().replaceAll("/+$", "") + "/cases/" + caseId;
  }

  String link(String caseId, Executive to, LinkAction action, Instant now) {
    String token = links.sign(caseId, to.id(), action, now.plus(settings.linkValidity()));
    return settings.baseUrl().replaceAll("/+$", "") + "/ack/" + token;
  }
}
