package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.escalationrouter.facts.Signal;
import org.junit.jupiter.api.Test;

/**
 * principal-request by kind in five languages: requests (questions how or whom to reach, wishes
 * that someone senior act, imperatives, addressing lines, salutations, persistence, nominal
 * business style) and the hard negatives beside them (requests told as history, staff's reported
 * speech and hearsay, rhetorical and "why" questions, titles as topic or subject, advice to other
 * customers, the writer's own title). Only principal-request is checked; other signals may be
 * present. The phrase rules must get every line right; the learned second opinion (on by default)
 * may add a few false alarms on these near misses, and no more than it does today.
 */
class PrincipalRequestWordingsTest {

  /**
   * False alarms the learned model adds on these hard negatives (measured 2026-12-05: 7 of 204
   * before the veto by the rules' guards, 4 of 219 after it; in the fifth round, with the veto of
   * requests told as history and the model retrained at 0.50, 2); a ceiling, to be lowered, never
   * raised.
   */
  private static final int MODEL_FALSE_ALARMS_AT_MOST = 2;

  @Test
  void theRulesFindRequestsByKindAndStayQuietOnTheirHardNegatives() {
    List<String> wrong = wrongLines(rulesAlone());
    assertThat(wrong).isEmpty();
  }

  @Test
  void theLearnedModelMissesNothingTheRulesFindAndAddsFewFalseAlarms() {
    List<String> wrong = wrongLines(Judge.withDefaults());
    assertThat(wrong).noneMatch(w -> w.startsWith("missed: "));
    System.out.println("principal-request wordings: model false alarms " + wrong.size());
    assertThat(wrong).hasSizeLessThanOrEqualTo(MODEL_FALSE_ALARMS_AT_MOST);
  }

  private static Judge rulesAlone() {
    return new Judge(
        new JudgeSettings(
            null, null, null, null, null, null, null, null, null, new JudgeSettings.Model(false)));
  }

  private static List<String> wrongLines(Judge judge) {
    List<String> wrong = new ArrayList<>();
    int positives = 0;
    int negatives = 0;
    for (PrincipalWordings.Line line : PrincipalWordings.read()) {
      boolean found = judge.judge(line.letter()).has(Signal.PRINCIPAL_REQUEST);
      if (line.request()) {
        positives++;
      } else {
        negatives++;
      }
      if (found != line.request()) {
        wrong.add((line.request() ? "missed: " : "false alarm: ") + line.written());
      }
    }
    assertThat(positives).isGreaterThan(80);
    assertThat(negatives).isGreaterThan(80);
    return wrong;
  }
}
