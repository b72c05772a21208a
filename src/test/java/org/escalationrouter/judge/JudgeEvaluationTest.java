package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JudgeEvaluationTest {

  static Path corpusDir() {
    String dir = System.getProperty("corpus.dir");
    assertThat(dir).as("system property corpus.dir (the shared corpus)").isNotNull();
    Path path = Path.of(dir);
    assertThat(Files.isDirectory(path.resolve("complaints")))
        .as("complaint corpus under " + path)
        .isTrue();
    return path;
  }

  static Path devSet() {
    return Path.of("eval/judge-dev.jsonl");
  }

  @Test
  void meetsTargetsOnHandLabelledDevSet() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    int status = JudgeEvaluation.run(devSet(), corpusDir(), out);
    String report = buffer.toString(StandardCharsets.UTF_8);
    System.out.println(report);
    assertThat(status).as(report).isZero();
  }
}
