package org.escalationrouter.mailauth;

import java.time.Instant;

/**
 * What is known of one credential's token: until when the current one is valid, when it was last
 * refreshed, and why the last refresh failed (null while refreshes succeed).
 */
public record TokenState(
    Instant validUntil, Instant refreshedAt, String lastError, int failuresInARow) {

  public boolean failing() {
    return lastError != null;
  }
}
