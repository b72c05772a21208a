package org.escalationrouter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@code explain --json} answers for every real .eml of the shared corpus, one object each. */
class ExplainCorpusTest {

  private static Path corpus() {
    Path dir = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
    assertThat(dir).as("the shared corpus beside the checkout").isDirectory();
    return dir;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyMimeSampleGetsAJsonAnswer() throws Exception {
    List<String> files;
    try (Stream<Path> walk = Files.walk(corpus().resolve("mime"))) {
      files = walk.filter(p -> p.toString().endsWith(".eml")).map(Path::toString).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(30);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] args =
        Stream.concat(Stream.of("explain", "--json"), files.stream()).toArray(String[]::new);
    int exit =
        CommandLine.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSameSizeAs(files);
    JsonMapper json = JsonMapper.builder().build();
    for (String line : lines) {
      Map<String, Object> r = json.readValue(line, Map.class);
      assertThat(r).containsKey("file").containsKey("automated");
      assertThat(r).as(line).doesNotContainKey("error");
      Map<String, Object> automated = (Map<String, Object>) r.get("automated");
      if (automated.get("kind") == null) {
        assertThat(r.get("severity")).isIn("low", "medium", "high", "critical");
      }
    }
    assertThat(exit).isZero();
    // the samples that are delivery reports are recognised as such
    assertThat(
            lines.stream().filter(l -> l.contains("mimekit/bounce.eml")).findFirst().orElseThrow())
        .contains("\"kind\":\"bounce\"");
  }
}
