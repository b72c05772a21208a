package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BounceEvaluationTest {

  /** CI gate of issue 21: the check part of the split, whose misses no rule was written from. */
  @Test
  void checkPartOfTheCorpusMeetsTheTargets() {
    Path bounces = CorpusFiles.bouncesDir();
    assertThat(Files.exists(bounces.resolve("labels.jsonl"))).as("labels in %s", bounces).isTrue();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exit = BounceEvaluation.run(bounces, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String figures = buffer.toString(StandardCharsets.UTF_8);
    System.out.println(figures);
    assertThat(exit).as(figures).isZero();
  }

  @Test
  void splitIsFixedByTheFileNameAlone() {
    // sha256("lhost-postfix-04.eml") starts 1d66: 7526 % 100 = 26, below 45
    assertThat(CorpusSplit.of("eml/lhost-postfix-04.eml")).isEqualTo(CorpusSplit.CHECK);
    assertThat(CorpusSplit.of("lhost-postfix-04.eml")).isEqualTo(CorpusSplit.CHECK);
    long check =
        java.util.stream.IntStream.range(0, 2000)
            .mapToObj(i -> CorpusSplit.of("sample-" + i + ".eml"))
            .filter(s -> s == CorpusSplit.CHECK)
            .count();
    assertThat(check).isBetween(800L, 1000L);
  }
}
