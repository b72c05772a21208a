package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Letter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseFilesTest {

  @TempDir Path dir;

  @Test
  void builtInFilesAreValid() throws IOException {
    for (String lang : PhraseBook.BUILT_IN) {
      try (var in = getClass().getClassLoader().getResourceAsStream("judge/" + lang + ".yaml")) {
        assertThat(in).as(lang).isNotNull();
        Files.write(dir.resolve(lang + ".yaml"), in.readAllBytes());
      }
    }
    assertThat(Judge.validatePhrases(dir)).isEmpty();
  }

  @Test
  void reportsProblemsWithFileAndLine() throws IOException {
    Files.writeString(
        dir.resolve("en.yaml"),
        """
        language: en
        phrases:
          legal-threat:
            - (ombudsman
          money-trouble:
            - refund
          public-exposure:
            - { pattern: "tell @nosuchset", weight: 0 }
        colour: red
        """);
    List<String> errors = Judge.validatePhrases(dir);
    String file = dir.resolve("en.yaml").toString();
    assertThat(errors)
        .contains(
            file + ":5: unknown signal 'money-trouble' (use a wire name such as legal-threat)")
        .contains(file + ":9: unknown key 'colour'")
        .anySatisfy(e -> assertThat(e).startsWith(file + ":4: unclosed '('"))
        .anySatisfy(e -> assertThat(e).startsWith(file + ":8: weight must be"))
        .anySatisfy(e -> assertThat(e).startsWith(file + ":8: unknown word set @nosuchset"));
  }

  @Test
  void overrideDirectoryExtendsBuiltInPhrases() throws IOException {
    String text = "I shall be writing to the Rail Passengers Council about this.";
    assertThat(Judge.withDefaults().judge(Letter.ofText("", text)).has(Signal.LEGAL_THREAT))
        .isFalse();
    Files.writeString(
        dir.resolve("en.yaml"),
        """
        sets:
          regulator: [rail passengers council]
        """);
    JudgeSettings settings =
        new JudgeSettings(dir.toString(), null, null, null, null, null, null, null, null, null);
    assertThat(new Judge(settings).judge(Letter.ofText("", text)).has(Signal.LEGAL_THREAT))
        .isTrue();
  }

  @Test
  void missingOverrideDirectoryIsFine() {
    JudgeSettings settings =
        new JudgeSettings("no/such/dir", null, null, null, null, null, null, null, null, null);
    assertThat(new Judge(settings).judge(Letter.ofText("", "Hello")).severity())
        .isEqualTo(Severity.LOW);
  }
}
