package org.escalationrouter.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One line of the cases page.
 *
 * @param deadline the next SLA deadline still running (acknowledge, else resolve), or null
 * @param deadlineKind {@code acknowledge} or {@code resolve}, or null without a deadline
 */
record CaseRow(
    String id,
    String subject,
    String sender,
    String severity,
    List<String> signals,
    String executive,
    String status,
    Instant receivedAt,
    Instant deadline,
    String deadlineKind) {

  CaseRow {
    signals = List.copyOf(signals);
  }

  public String timeLeftText(Instant now) {
    return TimeLeft.text(timeLeft(now));
  }

  public boolean overdue(Instant now) {
    return deadline != null && deadline.isBefore(now);
  }

  /** Negative when the deadline has passed; null without one. */
  Duration timeLeft(Instant now) {
    return deadline == null ? null : Duration.between(now, deadline);
  }
}
