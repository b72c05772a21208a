package org.escalationrouter.directory;

import java.time.Instant;
import java.util.Optional;
import org.escalationrouter.sla.BusinessCalendar;
import org.escalationrouter.sla.EscalationChain;
import org.springframework.stereotype.Component;

/** The escalation chain and calendars as the admins' executives file defines them, live. */
@Component
class ExecutiveChain implements EscalationChain {

  private final ExecutivesInForce rules;
  private final Recipients recipients;

  ExecutiveChain(ExecutivesInForce rules, Recipients recipients) {
    this.rules = rules;
    this.recipients = recipients;
  }

  @Override
  public Optional<String> managerOf(String executiveId) {
    return rules.executive(executiveId).map(Executive::manager);
  }

  @Override
  public BusinessCalendar calendarOf(String executiveId) {
    Executive e =
        rules
            .executive(executiveId)
            .orElseThrow(() -> new IllegalArgumentException("unknown executive " + executiveId));
    return ExecutiveCalendar.of(e);
  }

  @Override
  public String whoReceives(String executiveId, Instant moment) {
    return rules
        .executive(executiveId)
        .map(e -> recipients.whoReceives(e, moment).executive().id())
        .orElse(executiveId);
  }
}
