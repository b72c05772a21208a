package org.escalationrouter.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.escalationrouter.bounce.BounceEvaluation;

/**
 * {@code evaluate-bounces [DIR]}: bounce detection and classification figures on a labelled folder
 * (labels.jsonl beside eml/); exits 1 below the targets.
 */
final class EvaluateBouncesCommand implements CommandLine.Command {

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/bounces");
    if (!Files.isRegularFile(dir.resolve("labels.jsonl"))) {
      err.println("evaluate-bounces: no labels.jsonl in " + dir);
      return 2;
    }
    return BounceEvaluation.run(dir, out);
  }
}
