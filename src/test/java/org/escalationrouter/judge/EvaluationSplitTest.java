package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationSplitTest {

  @TempDir Path eval;

  @Test
  void splitsByTheFirstTwoBytesOfTheIdsSha256() {
    assertThat(EvaluationSplit.of("w-1")).isEqualTo(EvaluationSplit.CHECK);
    assertThat(EvaluationSplit.of("w-5")).isEqualTo(EvaluationSplit.TUNE);
    assertThat(EvaluationSplit.of("w-6")).isEqualTo(EvaluationSplit.TUNE);
    assertThat(EvaluationSplit.of("w-7")).isEqualTo(EvaluationSplit.CHECK);
  }

  @Test
  void putsAboutFortyFivePercentOfTheRealTextsInTheCheckPart() throws IOException {
    List<String> ids =
        Files.readAllLines(
                JudgeEvaluationTest.corpusDir().resolve("real-texts/texts.jsonl"),
                StandardCharsets.UTF_8)
            .stream()
            .filter(l -> !l.isBlank())
            .map(l -> l.substring(l.indexOf(":") + 3, l.indexOf("\"", l.indexOf(":") + 3)))
            .toList();
    long check = ids.stream().filter(id -> EvaluationSplit.of(id) == EvaluationSplit.CHECK).count();
    assertThat(ids).hasSize(922);
    assertThat(check).isEqualTo(410);
  }

  @Test
  void evaluateListsMissesOfTheTunePartOnly() throws IOException {
    Files.copy(JudgeEvaluationTest.devSet(), eval.resolve("judge-dev.jsonl"));
    Files.createDirectories(eval.resolve("wordings"));
    StringBuilder lines = new StringBuilder();
    for (String id : List.of("w-1", "w-5", "w-6", "w-7")) {
      // labelled with a signal the text does not carry: a miss in either part
      lines.append(
          "{\"id\":\"%s\",\"lang\":\"en\",\"kind\":\"sentence\",\"subject\":\"\",\"text\":\"Thanks for the quick delivery.\",\"signals\":[\"legal-threat\"],\"severity\":\"high\"}\n"
              .formatted(id));
    }
    Files.writeString(eval.resolve("wordings/wordings.jsonl"), lines);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    JudgeEvaluation.runAll(
        eval,
        JudgeEvaluationTest.corpusDir(),
        new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String report = buffer.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("wordings, tune part (2 items)", "wordings, check part (2 items");
    assertThat(report).contains("w-5 ", "w-6 ").doesNotContain("w-1 ", "w-7 ");
  }
}
