package org.escalationrouter.sla;

import java.util.Arrays;
import java.util.Optional;

/** What a signed link in a notice lets its recipient do to a case. */
public enum LinkAction {
  ACKNOWLEDGE("acknowledge"),
  RESOLVE("resolve");

  private final String wireName;

  LinkAction(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<LinkAction> fromWireName(String name) {
    return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
  }
}
