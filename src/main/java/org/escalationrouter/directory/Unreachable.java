package org.escalationrouter.directory;

/** Why an executive does not receive their own escalations at a moment. */
public enum Unreachable {
  OUT_OF_OFFICE("is out of office"),
  ADDRESS_FAILING("cannot be reached: their address bounces");

  private final String words;

  Unreachable(String words) {
    this.words = words;
  }

  /** "is out of office", to follow the executive's name. */
  public String words() {
    return words;
  }
}
