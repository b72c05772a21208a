package org.escalationrouter.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.escalationrouter.adminfiles.Problem;
import org.escalationrouter.judge.Judge;
import org.escalationrouter.route.RouteSet;

/** {@code validate [DIR]}: every problem of a routes folder as {@code file:line: what}. */
final class ValidateCommand implements CommandLine.Command {

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Path dir = Path.of(args.length > 0 ? args[0] : "routes");
    RouteSet set = RouteSet.read(dir);
    for (Problem p : set.problems()) {
      out.println(p);
    }
    // admins' phrase lists for the judge live in DIR/judge
    Path judgeDir = dir.resolve("judge");
    List<String> phrases =
        java.nio.file.Files.isDirectory(judgeDir) ? Judge.validatePhrases(judgeDir) : List.of();
    phrases.forEach(out::println);
    int problems = set.problems().size() + phrases.size();
    if (problems > 0) {
      err.println(problems + " problem(s) in " + dir);
      return 1;
    }
    out.printf(
        "%s: valid (version %s): %d executives, %d SLA policies, rules in %s%n",
        dir,
        set.version(),
        set.directory().executives().size(),
        set.directory().policyNames().size(),
        String.join(", ", set.ruleFiles().keySet()));
    return 0;
  }
}
