package org.escalationrouter.web;

import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.cases.CaseReadModel;
import org.escalationrouter.escalate.OutboxFigures;
import org.escalationrouter.pipeline.IntakeFigures;
import org.springframework.stereotype.Repository;

/** The counts behind {@link RouterMetrics}, each one query on the tables. Read-only. */
@Repository
class RouterFigures {

  /** One reading of every count. */
  record Snapshot(
      Map<String, Long> casesBySeverity,
      Map<String, Long> messagesByMailbox,
      Map<String, Long> sentByKind,
      Map<String, Long> automatedByKind,
      long reminders,
      long breaches,
      long quarantineHeld) {

    static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), 0, 0, 0);
  }

  private final CaseReadModel cases;
  private final OutboxFigures outbox;
  private final IntakeFigures intake;

  RouterFigures(CaseReadModel cases, OutboxFigures outbox, IntakeFigures intake) {
    this.cases = cases;
    this.outbox = outbox;
    this.intake = intake;
  }

  Snapshot read() {
    Map<CaseEventKind, Long> events =
        cases.countEvents(List.of(CaseEventKind.REMINDER, CaseEventKind.BREACH));
    return new Snapshot(
        cases.countBySeverity(),
        intake.messagesByMailbox(),
        outbox.sentByKind(),
        intake.automatedByKind(),
        events.getOrDefault(CaseEventKind.REMINDER, 0L),
        events.getOrDefault(CaseEventKind.BREACH, 0L),
        intake.quarantineHeld());
  }

  /**
   * Records, for each case opened after {@code since}, how long it took from the letter being read
   * to the case; returns the newest opening time seen, to pass next time.
   */
  Instant recordLatencies(Instant since, Timer timer) {
    return cases.openingDelaysSince(since, timer::record);
  }
}
