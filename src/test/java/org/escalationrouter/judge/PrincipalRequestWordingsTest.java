package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.escalationrouter.parse.Letter;
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
  void theRulesFindRequestsByKindAndStayQuietOnTheirHardNegatives() throws IOException {
    List<String> wrong = wrongLines(rulesAlone());
    assertThat(wrong).isEmpty();
  }

  @Test
  void theLearnedModelMissesNothingTheRulesFindAndAddsFewFalseAlarms() throws IOException {
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

  private static List<String> wrongLines(Judge judge) throws IOException {
    List<String> wrong = new ArrayList<>();
    int positives = 0;
    int negatives = 0;
    for (String line : lines()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\\|", 3);
      boolean expected = p[0].equals("+");
      String subject = p.length == 3 ? p[1] : "";
      String body = (p.length == 3 ? p[2] : p[1]).replace("\\n", "\n");
      boolean found = judge.judge(Letter.ofText(subject, body)).has(Signal.PRINCIPAL_REQUEST);
      if (expected) {
        positives++;
      } else {
        negatives++;
      }
      if (found != expected) {
        wrong.add((expected ? "missed: " : "false alarm: ") + line.substring(2));
      }
    }
    assertThat(positives).isGreaterThan(80);
    assertThat(negatives).isGreaterThan(80);
    return wrong;
  }

  private static List<String> lines() throws IOException {
    try (InputStream in =
        PrincipalRequestWordingsTest.class.getResourceAsStream("/judge/principal-wordings.txt")) {
      assertThat(in).as("judge/principal-wordings.txt on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
