package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.escalationrouter.parse.Letter;

/**
 * Reads a file of wordings written by kind and judges each line: 'signal|text' (the judge must find
 * that signal), '!signal|text' (it must not), 'severity=level|text' (it must set that severity).
 */
final class KindWordings {

  private static final String SEVERITY = "severity=";

  /** How many positives and hard negatives the file holds, and the lines judged wrong. */
  record Result(int positives, int negatives, List<String> wrong) {}

  private KindWordings() {}

  static Result check(Judge judge, String resource) throws IOException {
    List<String> wrong = new ArrayList<>();
    int positives = 0;
    int negatives = 0;
    for (String line : lines(resource)) {
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
    return new Result(positives, negatives, wrong);
  }

  private static boolean has(Judgement judgement, String signal) {
    return judgement.signals().stream().anyMatch(s -> s.wireName().equals(signal));
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = KindWordings.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
  }
}
