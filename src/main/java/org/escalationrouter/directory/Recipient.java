package org.escalationrouter.directory;

/**
 * Who receives what was meant for an executive at a moment.
 *
 * @param executive who receives it
 * @param meantFor the executive it was meant for; the same person unless someone stands in
 * @param why why {@code meantFor} does not receive it themselves, or null when they do
 */
public record Recipient(Executive executive, Executive meantFor, Unreachable why) {

  /** Nobody stands in: the executive receives it themselves. */
  static Recipient themselves(Executive executive) {
    return new Recipient(executive, executive, null);
  }

  public boolean standsIn() {
    return why != null;
  }

  /** How the recipient stands to the one they stand in for: {@code deputy} or {@code manager}. */
  public String standsInAs() {
    return executive.id().equals(meantFor.deputy()) ? "deputy" : "manager";
  }
}
