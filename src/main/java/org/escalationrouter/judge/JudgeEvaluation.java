package org.escalationrouter.judge;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges the hand-labelled dev set and prints per-signal precision and recall, severity agreement
 * and the severity confusion matrix. Corpus items are read from {@code
 * <corpusDir>/complaints/complaints.jsonl} by id.
 */
public final class JudgeEvaluation {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private JudgeEvaluation() {}

  /** Runs the evaluation; returns 0 when every target is met, else 1. */
  public static int run(Path devSetFile, Path corpusDir, PrintStream out) {
    List<DevItem> items = load(devSetFile, corpusDir);
    Judge judge = Judge.withDefaults();
    Scorecard card = new Scorecard();
    for (DevItem item : items) {
      card.add(item, judge.judge(item.letter()));
    }
    return card.print(out) ? 0 : 1;
  }

  /** The dev set with every text resolved, for the evaluation and the benchmark. */
  public static List<org.escalationrouter.parse.Letter> letters(Path devSetFile, Path corpusDir) {
    return load(devSetFile, corpusDir).stream().map(DevItem::letter).toList();
  }

  static List<DevItem> load(Path devSetFile, Path corpusDir) {
    Map<String, String> corpus = corpusTexts(corpusDir.resolve("complaints/complaints.jsonl"));
    List<DevItem> items = new ArrayList<>();
    for (String line : lines(devSetFile)) {
      if (!line.isBlank()) {
        items.add(DevItem.from(JSON.readTree(line), corpus));
      }
    }
    return items;
  }

  private static Map<String, String> corpusTexts(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "complaint corpus not found at " + file + " (set corpus.dir)");
    }
    Map<String, String> texts = new HashMap<>();
    for (String line : lines(file)) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        texts.put(node.path("id").asString(), node.path("text").asString());
      }
    }
    return texts;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
