package org.escalationrouter.route;

import java.util.List;

/**
 * Where the rules sent a case.
 *
 * @param executiveId the executive to escalate to, or null when the rules only record the case
 * @param policy the SLA policy name, or null when not escalated
 * @param rule the id of the rule ({@code when}) that matched
 * @param rulesVersion a hash of the routes folder the rules came from
 * @param channels the chat and webhook channels the rules asked to tell ({@code notify:} steps)
 */
public record RoutingDecision(
    String executiveId,
    String policy,
    String rule,
    String condition,
    String rulesVersion,
    List<NotifyTarget> channels) {

  public static final String NONE = "none";

  public RoutingDecision {
    channels = channels == null ? List.of() : List.copyOf(channels);
  }

  public RoutingDecision(
      String executiveId, String policy, String rule, String condition, String rulesVersion) {
    this(executiveId, policy, rule, condition, rulesVersion, List.of());
  }

  public boolean escalates() {
    return executiveId != null;
  }
}
