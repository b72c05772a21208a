package org.escalationrouter.facts;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The named facts the judge finds in what a customer wrote (see docs and RUBRIC). */
public enum Signal {
  PRINCIPAL_REQUEST("principal-request"),
  CANCELLATION_THREAT("cancellation-threat"),
  LEGAL_THREAT("legal-threat"),
  PUBLIC_EXPOSURE("public-exposure"),
  REPEAT_CONTACT("repeat-contact"),
  MONEY_DISPUTE("money-dispute"),
  BROKEN_PROMISE("broken-promise"),
  VULNERABLE_CUSTOMER("vulnerable-customer");

  private final String wireName;

  Signal(String wireName) {
    this.wireName = wireName;
  }

  /** The public name used in headers, routes, the API and the evaluation data. */
  public String wireName() {
    return wireName;
  }

  public static Optional<Signal> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
  }

  /** The signals in the order a case stores and shows them: by wire name. */
  public static SortedSet<Signal> inWireOrder(Collection<Signal> signals) {
    SortedSet<Signal> sorted = new TreeSet<>(Comparator.comparing(Signal::wireName));
    sorted.addAll(signals);
    return Collections.unmodifiableSortedSet(sorted);
  }
}
