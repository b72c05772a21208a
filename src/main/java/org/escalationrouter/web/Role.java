package org.escalationrouter.web;

import java.util.Arrays;
import java.util.Locale;

/** What a logged-in person may see. */
enum Role {
  /** Their own cases and those of the executives they deputise for. */
  EXECUTIVE,
  /** Everything. */
  ADMIN,
  /** Only the metrics and health endpoints, for a Prometheus scraper. */
  OPS;

  String authority() {
    return "ROLE_" + name();
  }

  static Role fromWireName(String name) {
    return Arrays.stream(values())
        .filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "escalation.web.users: unknown role '"
                        + name
                        + "' (use executive, admin or ops)"));
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
