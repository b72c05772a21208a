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
 * The kinds of wording added for cancellation-threat, legal-threat, public-exposure,
 * vulnerable-customer and the deadline cue in issue 14's sixth round, each with positives and hard
 * negatives in the languages where the kind exists (judge/threat-wordings.txt).
 */
class ThreatWordingsTest {

  private static final String SEVERITY = "severity=";

  private final Judge judge = Judge.withDefaults();

  @Test
  void findsEachKindAndStaysQuietOnItsHardNegatives() throws IOException {
    List<String> wrong = new ArrayList<>();
    int positives = 0;
    int negatives = 0;
    for (String line : lines()) {
      String[] parts = line.split("\\|", 2);
      Judgement judgement = judge.judge(Letter.ofText("", parts[1]));
      String expected = parts[0];
      boolean right;
      if (expected.startsWith(SEVERITY)) {
        right = judgement.severity().name().equalsIgnoreCase(expected.substring(SEVERITY.length()));
      } else if (expected.startsWith("!")) {
        negatives++;
        right = !has(judgement, expected.substring(1));
      } else {
        positives++;
        right = has(judgement, expected);
      }
      if (!right) {
        wrong.add(
            expected
                + " expected, found "
                + judgement.signalNames()
                + " "
                + judgement.severity()
                + ": "
                + parts[1]);
      }
    }
    assertThat(positives).isGreaterThan(100);
    assertThat(negatives).isGreaterThan(30);
    assertThat(wrong).isEmpty();
  }

  private static boolean has(Judgement judgement, String signal) {
    return judgement.signals().stream().anyMatch(s -> s.wireName().equals(signal));
  }

  private static List<String> lines() throws IOException {
    try (InputStream in =
        ThreatWordingsTest.class.getResourceAsStream("/judge/threat-wordings.txt")) {
      assertThat(in).as("judge/threat-wordings.txt on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
  }
}
