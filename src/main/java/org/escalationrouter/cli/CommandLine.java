package org.escalationrouter.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one-shot commands; each returns the process exit code. */
public final class CommandLine {

  /** A command of the jar. */
  interface Command {
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
  }

  private static final Map<String, Command> COMMANDS =
      Map.of(
          "explain", new ExplainCommand(),
          "validate", new ValidateCommand(),
          "evaluate", new EvaluateCommand(),
          "evaluate-bounces", new EvaluateBouncesCommand());

  private CommandLine() {}

  public static boolean isCommand(String word) {
    return COMMANDS.containsKey(word) || word.equals("help") || word.equals("--help");
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    quietLogging();
    Command command = COMMANDS.get(args[0]);
    if (command == null) {
      out.println("usage: java -jar escalation-router.jar [COMMAND]");
      out.println("  (no command)              run the daemon");
      out.println(
          "  explain FILE|DIR... [--json]  parse, judge and route letters, no side effects");
      out.println("  validate [DIR]            check a routes folder (default: routes)");
      out.println("  evaluate [FILE] [--corpus DIR]  judge figures on the labelled dev set");
      out.println("  evaluate-bounces [DIR]    bounce figures on a labelled folder");
      return 0;
    }
    try {
      return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    } catch (Exception e) {
      err.println(args[0] + ": " + e.getMessage());
      return 2;
    }
  }

  /** Commands print results on stdout; the libraries' logging goes to stderr, warnings only. */
  private static void quietLogging() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    context.reset();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %logger{0}: %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.ERROR);
    root.addAppender(console);
  }
}
