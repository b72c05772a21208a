package org.escalationrouter.cases;

import java.util.Locale;

/** Where a case stands. */
public enum CaseStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
