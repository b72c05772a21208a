package org.escalationrouter.facts;

import java.util.Locale;

/** How urgently a case must reach someone, lowest first. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  public Severity atLeast(Severity other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
