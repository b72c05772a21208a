package org.escalationrouter.judge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.parse.LetterParser;

/**
 * What {@link JudgeModelTrainer} may learn from: the whole dev set and the tune parts of the real
 * texts and the wordings. The split is recomputed here ({@link EvaluationSplit}) and every check
 * item is refused, whatever file it comes from: a model that saw a check item would make the check
 * figures meaningless.
 */
final class TrainingPool {

  /** One letter to learn from, read as {@code evaluate} reads it. */
  record Example(String id, String source, Letter letter, Set<Signal> signals, Severity severity) {}

  private final List<Example> examples = new ArrayList<>();
  private final Set<String> checkIds = new HashSet<>();
  private int refused;

  private TrainingPool(Set<String> checkIds) {
    this.checkIds.addAll(checkIds);
  }

  /** Reads the dev set and the tune parts of the sets under {@code evalDir}. */
  static TrainingPool load(Path evalDir, Path corpusDir) {
    List<LabelledItem> real =
        JudgeEvaluation.labelled(JudgeEvaluation.REAL_TEXTS, evalDir, corpusDir);
    List<LabelledItem> wordings =
        JudgeEvaluation.labelled(JudgeEvaluation.WORDINGS, evalDir, corpusDir);
    Set<String> check = new HashSet<>();
    for (LabelledItem item : concat(real, wordings)) {
      if (item.part() == EvaluationSplit.CHECK) {
        check.add(item.id());
      }
    }
    TrainingPool pool = new TrainingPool(check);
    for (LabelledItem item : JudgeEvaluation.load(evalDir.resolve("judge-dev.jsonl"), corpusDir)) {
      pool.add("dev", item, item.letter());
    }
    LetterParser parser = LetterParser.withDefaults();
    for (LabelledItem item : real) {
      pool.addTuneOnly("real-texts", item, parser);
    }
    for (LabelledItem item : wordings) {
      pool.addTuneOnly("wordings", item, parser);
    }
    return pool;
  }

  static TrainingPool empty(Set<String> checkIds) {
    return new TrainingPool(checkIds);
  }

  /** Adds a tune item of a split set; a check item is counted as refused and never added. */
  void addTuneOnly(String source, LabelledItem item, LetterParser parser) {
    if (item.part() == EvaluationSplit.CHECK) {
      refused++;
      return;
    }
    add(source, item, item.mail(parser));
  }

  /** Adds an item; throws for a check item of either split set, whichever file it comes from. */
  void add(String source, LabelledItem item, Letter letter) {
    if (checkIds.contains(item.id())
        || (!source.equals("dev") && item.part() == EvaluationSplit.CHECK)) {
      throw new IllegalArgumentException("refused: " + item.id() + " is a check item");
    }
    examples.add(new Example(item.id(), source, letter, item.signals(), item.severity()));
  }

  List<Example> examples() {
    return List.copyOf(examples);
  }

  int refused() {
    return refused;
  }

  long count(String source) {
    return examples.stream().filter(e -> e.source().equals(source)).count();
  }

  private static List<LabelledItem> concat(List<LabelledItem> a, List<LabelledItem> b) {
    List<LabelledItem> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
