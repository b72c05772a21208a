package org.escalationrouter.bounce;

import java.util.List;

/** The figures of one set of outcomes: detection, hard/soft, reason and first recipient. */
record EvaluationFigures(
    int messages,
    int bounces,
    double kindAccuracy,
    double precision,
    double recall,
    double hardSoft,
    double reason,
    double recipient) {

  static EvaluationFigures of(List<BounceEvaluation.Outcome> outcomes) {
    long kindRight =
        outcomes.stream().filter(o -> o.expectedKind().equals(o.detectedKind())).count();
    long truePositive =
        outcomes.stream().filter(o -> o.trueBounce() && o.detectedKind().equals("bounce")).count();
    long predicted = outcomes.stream().filter(o -> o.detectedKind().equals("bounce")).count();
    List<BounceEvaluation.Outcome> bounces =
        outcomes.stream().filter(BounceEvaluation.Outcome::trueBounce).toList();
    return new EvaluationFigures(
        outcomes.size(),
        bounces.size(),
        ratio(kindRight, outcomes.size()),
        ratio(truePositive, predicted),
        ratio(truePositive, bounces.size()),
        ratio(bounces.stream().filter(BounceEvaluation.Outcome::hardRight).count(), bounces.size()),
        ratio(
            bounces.stream().filter(BounceEvaluation.Outcome::reasonRight).count(), bounces.size()),
        ratio(
            bounces.stream().filter(BounceEvaluation.Outcome::recipientRight).count(),
            bounces.size()));
  }

  /**
   * Whether hard/soft and reason reach these floors, with detection precision and recall at their
   * targets.
   */
  boolean meetsFloors(double minHardSoft, double minReason) {
    return precision >= BounceEvaluation.MIN_PRECISION
        && recall >= BounceEvaluation.MIN_RECALL
        && hardSoft >= minHardSoft
        && reason >= minReason;
  }

  /** Whether detection, hard/soft, reason (issue 21) and first recipient reach their targets. */
  boolean meetsTargets() {
    return precision >= BounceEvaluation.MIN_PRECISION
        && recall >= BounceEvaluation.MIN_RECALL
        && hardSoft >= BounceEvaluation.MIN_HARD_SOFT
        && reason >= BounceEvaluation.MIN_REASON
        && recipient >= BounceEvaluation.MIN_RECIPIENT;
  }

  private static double ratio(long part, long whole) {
    // no predicted bounces at all means no false ones: precision 1
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
