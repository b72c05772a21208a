package org.escalationrouter.bounce.reason;

/**
 * Which rules may decide. A rule written from the samples of one sender family (a stock string of
 * one MTA, a provider's labels, a family reader) carries that family's name as its origin; the
 * leave-one-family-out evaluation switches those rules off while it scores that family, to measure
 * how the rest would fare on a server never seen. In production nothing is left out.
 */
public record RuleScope(String leftOutFamily) {

  public static final RuleScope ALL = new RuleScope("");

  /** Whether a rule written from these families' samples (none: a general rule) may decide. */
  public boolean allows(java.util.Set<String> origins) {
    return !origins.contains(leftOutFamily);
  }
}
