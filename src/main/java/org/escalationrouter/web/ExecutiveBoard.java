package org.escalationrouter.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalationrouter.cases.CaseReadModel;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.escalate.OutboxFigures;
import org.escalationrouter.route.LiveRules;
import org.springframework.stereotype.Repository;

/**
 * One line per executive: open cases, breaches in the last 30 days, absence, and how mail to their
 * address has fared lately (a stand-in until bounces are tracked per address).
 */
@Repository
class ExecutiveBoard {

  static final Duration WINDOW = Duration.ofDays(30);

  /**
   * @param failing outbox rows to this address in the window whose last try failed
   * @param lastError the most recent of those errors, or null
   */
  record Line(
      Executive executive,
      boolean outOfOffice,
      long openCases,
      long breaches,
      long sent,
      long failing,
      String lastError) {

    public String addressHealth() {
      if (failing > 0) {
        return "failing";
      }
      return sent > 0 ? "ok" : "unknown";
    }
  }

  private final CaseReadModel cases;
  private final OutboxFigures outbox;
  private final LiveRules rules;
  private final Clock clock;

  ExecutiveBoard(CaseReadModel cases, OutboxFigures outbox, LiveRules rules, Clock clock) {
    this.cases = cases;
    this.outbox = outbox;
    this.rules = rules;
    this.clock = clock;
  }

  List<Line> lines() {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    Map<String, Long> open = cases.countActiveByExecutive();
    Map<String, Long> breaches = cases.countBreachesByExecutiveSince(since);
    Map<String, Long> sent = outbox.sentByRecipientSince(since);
    Map<String, Long> failing = outbox.failingByRecipientSince(since);
    return rules.directory().executives().stream()
        .map(
            e -> {
              String address = e.email() == null ? "" : e.email().toLowerCase(Locale.ROOT);
              return new Line(
                  e,
                  e.isOutOfOffice(now),
                  open.getOrDefault(e.id(), 0L),
                  breaches.getOrDefault(e.id(), 0L),
                  sent.getOrDefault(address, 0L),
                  failing.getOrDefault(address, 0L),
                  failing.containsKey(address)
                      ? outbox.lastErrorSince(address, since).orElse(null)
                      : null);
            })
        .toList();
  }
}
