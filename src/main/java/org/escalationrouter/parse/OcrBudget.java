package org.escalationrouter.parse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The OCR time one letter may take ({@code escalation.parse.ocr-policy.budget}). Checked before
 * each OCR run, so the first always runs and a run that started may finish (within the parse
 * timeout); after that, what is left unread is flagged {@link LetterFlag#OCR_BUDGET_SPENT}.
 */
final class OcrBudget {

  private final Duration budget;
  private final Clock clock;
  private Duration spent = Duration.ZERO;

  OcrBudget(Duration budget, Clock clock) {
    this.budget = budget;
    this.clock = clock;
  }

  /** A budget that is never spent: for text read outside a letter's OCR policy. */
  static OcrBudget unlimited() {
    return new OcrBudget(ChronoUnit.FOREVER.getDuration(), Clock.systemUTC());
  }

  boolean spent() {
    return spent.compareTo(budget) >= 0;
  }

  /** Runs one OCR and counts its time against the letter. */
  <T> T timed(Supplier<T> ocr) {
    Instant start = clock.instant();
    try {
      return ocr.get();
    } finally {
      spent = spent.plus(Duration.between(start, clock.instant()));
    }
  }
}
