package org.escalationrouter.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.escalationrouter.judge.JudgeEvaluation;

/**
 * {@code evaluate [DEV-SET] [--corpus DIR]}: the judge's precision, recall and severity agreement
 * on the labelled sets — the dev set, and (when their labels exist beside it) the real texts and
 * the independent wordings as tune and check parts; exits 1 below the targets or the check floors.
 * With an explicit dev set file, only that file is evaluated.
 */
final class EvaluateCommand implements CommandLine.Command {

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Path devSet = null;
    Path corpus = Path.of("../shared/corpus");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--corpus")) {
        corpus = Path.of(args[++i]);
      } else {
        devSet = Path.of(args[i]);
      }
    }
    Path labelled = devSet == null ? Path.of("eval/judge-dev.jsonl") : devSet;
    if (!Files.isRegularFile(labelled)) {
      err.println("evaluate: no labelled set at " + labelled);
      return 2;
    }
    return devSet == null
        ? JudgeEvaluation.runAll(Path.of("eval"), corpus, out)
        : JudgeEvaluation.run(devSet, corpus, out);
  }
}
