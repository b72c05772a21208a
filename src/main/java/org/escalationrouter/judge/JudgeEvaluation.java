package org.escalationrouter.judge;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges the labelled sets and prints per-signal precision and recall, severity agreement and the
 * severity confusion matrix. The dev set is one report; the real texts and the independent wordings
 * are reported as their tune and check parts ({@link EvaluationSplit}), with per-item misses for
 * the tune part only: the check part's items are never shown.
 */
public final class JudgeEvaluation {

  static final String REAL_TEXTS = "real-texts/gold.jsonl";
  static final String WORDINGS = "wordings/wordings.jsonl";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private JudgeEvaluation() {}

  /** Runs the dev-set evaluation; returns 0 when every target is met, else 1. */
  public static int run(Path devSetFile, Path corpusDir, PrintStream out) {
    Scorecard card = new Scorecard();
    Judge judge = Judge.withDefaults();
    for (LabelledItem item : load(devSetFile, corpusDir)) {
      card.add(item, judge.judge(item.letter()));
    }
    return card.print(out) ? 0 : 1;
  }

  /**
   * The dev set, then the real texts and the wordings (when their labels exist under {@code
   * evalDir}) as tune and check parts. Returns 0 when the dev targets are met and no check figure
   * is below its floor in {@link CheckFloors}, else 1.
   */
  public static int runAll(Path evalDir, Path corpusDir, PrintStream out) {
    out.println("== dev set (" + evalDir.resolve("judge-dev.jsonl") + ")");
    int status = run(evalDir.resolve("judge-dev.jsonl"), corpusDir, out);
    Judge judge = Judge.withDefaults();
    for (String set : List.of(REAL_TEXTS, WORDINGS)) {
      Path file = evalDir.resolve(set);
      if (!Files.isRegularFile(file)) {
        out.println("== " + set + ": no labels yet at " + file);
        continue;
      }
      Map<EvaluationSplit, Scorecard> parts = score(labelled(set, evalDir, corpusDir), judge);
      String name = set.substring(0, set.indexOf('/'));
      Scorecard tune = parts.get(EvaluationSplit.TUNE);
      out.println("== " + name + ", tune part (" + tune.items() + " items)");
      tune.printFigures(out);
      tune.printMisses(out);
      Scorecard check = parts.get(EvaluationSplit.CHECK);
      out.println("== " + name + ", check part (" + check.items() + " items; figures only)");
      check.printFigures(out);
      List<String> below = CheckFloors.below(name, check);
      below.forEach(b -> out.println("below floor: " + b));
      status |= below.isEmpty() ? 0 : 1;
    }
    return status;
  }

  /** Judges every item, read as an e-mail by the real parser, and tallies it in its part. */
  static Map<EvaluationSplit, Scorecard> score(List<LabelledItem> items, Judge judge) {
    Map<EvaluationSplit, Scorecard> parts = new EnumMap<>(EvaluationSplit.class);
    for (EvaluationSplit part : EvaluationSplit.values()) {
      parts.put(part, new Scorecard());
    }
    org.escalationrouter.parse.LetterParser parser =
        org.escalationrouter.parse.LetterParser.withDefaults();
    for (LabelledItem item : items) {
      parts.get(item.part()).add(item, judge.judge(item.mail(parser)));
    }
    return parts;
  }

  /** One generalization set, {@link #REAL_TEXTS} or {@link #WORDINGS}, with texts resolved. */
  static List<LabelledItem> labelled(String set, Path evalDir, Path corpusDir) {
    Function<JsonNode, LabelledItem> reader;
    if (set.equals(REAL_TEXTS)) {
      Map<String, JsonNode> corpus = records(corpusDir.resolve("real-texts/texts.jsonl"));
      reader = node -> LabelledItem.fromCorpus(node, corpus);
    } else {
      reader = LabelledItem::written;
    }
    List<LabelledItem> items = new ArrayList<>();
    for (String line : lines(evalDir.resolve(set))) {
      if (!line.isBlank()) {
        items.add(reader.apply(JSON.readTree(line)));
      }
    }
    return items;
  }

  /** The dev set with every text resolved, for the evaluation and the benchmark. */
  public static List<org.escalationrouter.parse.Letter> letters(Path devSetFile, Path corpusDir) {
    return load(devSetFile, corpusDir).stream().map(LabelledItem::letter).toList();
  }

  static List<LabelledItem> load(Path devSetFile, Path corpusDir) {
    Map<String, String> corpus = new HashMap<>();
    records(corpusDir.resolve("complaints/complaints.jsonl"))
        .forEach((id, node) -> corpus.put(id, node.path("text").asString()));
    List<LabelledItem> items = new ArrayList<>();
    for (String line : lines(devSetFile)) {
      if (!line.isBlank()) {
        items.add(LabelledItem.from(JSON.readTree(line), corpus));
      }
    }
    return items;
  }

  private static Map<String, JsonNode> records(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("corpus file not found at " + file + " (set corpus.dir)");
    }
    Map<String, JsonNode> records = new HashMap<>();
    for (String line : lines(file)) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        records.put(node.path("id").asString(), node);
      }
    }
    return records;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
