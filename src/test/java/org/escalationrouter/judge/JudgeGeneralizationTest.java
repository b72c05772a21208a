package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CI gate on generalization: the check parts of the real texts and of the independent wordings
 * must not fall below the thresholds of {@link CheckFloors} (the targets, or a regression
 * floor where a target is not met yet). Only figures are compared; no check item is printed.
 */
class JudgeGeneralizationTest {

  private final Judge judge = Judge.withDefaults();

  @Test
  void realTextsCheckPartMeetsItsThresholds() {
    assertThat(belowOnCheckPart(JudgeEvaluation.REAL_TEXTS, "real-texts")).isEmpty();
  }

  @Test
  void independentWordingsCheckPartMeetsItsThresholds() {
    assertThat(belowOnCheckPart(JudgeEvaluation.WORDINGS, "wordings")).isEmpty();
  }

  private List<String> belowOnCheckPart(String set, String name) {
    List<LabelledItem> items =
        JudgeEvaluation.labelled(set, Path.of("eval"), JudgeEvaluationTest.corpusDir());
    assertThat(items).hasSizeGreaterThan(400);
    Map<EvaluationSplit, Scorecard> parts = JudgeEvaluation.score(items, judge);
    assertThat(parts.get(EvaluationSplit.CHECK).items()).isGreaterThan(items.size() * 2 / 5);
    return CheckFloors.below(name, parts.get(EvaluationSplit.CHECK));
  }
}
