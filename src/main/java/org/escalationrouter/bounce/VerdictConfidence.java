package org.escalationrouter.bounce;

/**
 * How sure a reason verdict is. {@code HIGH}: the status code and the server's words agree, or the
 * receiving provider's own documented code decided. {@code MEDIUM}: one source decided and nothing
 * contradicts it. {@code LOW}: the code and the words disagree, or only the notice as a whole, its
 * format or the fall-backs (expired, onhold) decided. A low-confidence hard bounce still fails over
 * at once, but the case shows it as uncertain.
 */
public enum VerdictConfidence {
  HIGH,
  MEDIUM,
  LOW;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
