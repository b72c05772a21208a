package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BounceEvaluationTest {

  @Test
  void meetsTargetsOnLabelledBounceCorpus() {
    Path bounces = CorpusFiles.bouncesDir();
    assertThat(Files.exists(bounces.resolve("labels.jsonl"))).as("labels in %s", bounces).isTrue();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exit = BounceEvaluation.run(bounces, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String figures = buffer.toString(StandardCharsets.UTF_8);
    System.out.println(figures);
    assertThat(exit).as(figures).isZero();
  }
}
