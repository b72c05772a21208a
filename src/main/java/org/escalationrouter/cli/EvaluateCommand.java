package org.escalationrouter.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.escalationrouter.judge.JudgeEvaluation;

/**
 * {@code evaluate [DEV-SET] [--corpus DIR]}: the judge's precision, recall and severity agreement
 * on a labelled set; exits 1 below the targets.
 */
final class EvaluateCommand implements CommandLine.Command {

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Path devSet = Path.of("eval/judge-dev.jsonl");
    Path corpus = Path.of("../shared/corpus");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--corpus")) {
        corpus = Path.of(args[++i]);
      } else {
        devSet = Path.of(args[i]);
      }
    }
    if (!Files.isRegularFile(devSet)) {
      err.println("evaluate: no labelled set at " + devSet);
      return 2;
    }
    return JudgeEvaluation.run(devSet, corpus, out);
  }
}
