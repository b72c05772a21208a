package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.escalationrouter.parse.Letter;
import org.junit.jupiter.api.Test;

/**
 * Everyday wordings of every signal in five languages, and plain requests that must stay quiet:
 * guards the phrase lists against narrowing back to the dev set's own sentences.
 */
class JudgeWordingsTest {

  private final Judge judge = Judge.withDefaults();

  @Test
  void recognisesCommonWordingsAndStaysQuietOnRoutineMail() throws IOException {
    List<String> wrong = new ArrayList<>();
    int lines = 0;
    for (String line : wordings()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      lines++;
      String[] parts = line.split("\\|", 2);
      Set<String> found = new TreeSet<>();
      judge.judge(Letter.ofText("", parts[1])).signals().forEach(s -> found.add(s.wireName()));
      boolean right = parts[0].equals("-") ? found.isEmpty() : found.contains(parts[0]);
      if (!right) {
        wrong.add(parts[0] + " expected, found " + found + ": " + parts[1]);
      }
    }
    assertThat(lines).isGreaterThan(100);
    assertThat(wrong).isEmpty();
  }

  private static List<String> wordings() throws IOException {
    try (InputStream in = JudgeWordingsTest.class.getResourceAsStream("/judge/wordings.txt")) {
      assertThat(in).as("judge/wordings.txt on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
