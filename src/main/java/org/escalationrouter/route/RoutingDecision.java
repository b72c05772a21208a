package org.escalationrouter.route;

/**
 * Where the rules sent a case.
 *
 * @param executiveId the executive to escalate to, or null when the rules only record the case
 * @param policy the SLA policy name, or null when not escalated
 * @param rule the id of the rule ({@code when}) that matched
 * @param rulesVersion a hash of the routes folder the rules came from
 */
public record RoutingDecision(
    String executiveId, String policy, String rule, String condition, String rulesVersion) {

  public static final String NONE = "none";

  public boolean escalates() {
    return executiveId != null;
  }
}
