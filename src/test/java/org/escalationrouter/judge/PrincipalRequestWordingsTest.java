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
 * present.
 */
class PrincipalRequestWordingsTest {

  private final Judge judge = Judge.withDefaults();

  @Test
  void findsRequestsByKindAndStaysQuietOnTheirHardNegatives() throws IOException {
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
    assertThat(wrong).isEmpty();
  }

  private static List<String> lines() throws IOException {
    try (InputStream in =
        PrincipalRequestWordingsTest.class.getResourceAsStream("/judge/principal-wordings.txt")) {
      assertThat(in).as("judge/principal-wordings.txt on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
