package org.escalationrouter.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-shot commands; each returns the process exit code. Arguments are few and positional, so
 * they are read by hand: no command-line library is on the classpath, and one would cost start-up
 * time for four commands.
 */
public final class CommandLine {

  /** A command of the jar. */
  interface Command {
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
  }

  /** A command with its name, its usage line and what it does, for the help texts. */
  private record Entry(String name, String usage, String summary, Command command) {}

  private static final List<Entry> COMMANDS =
      List.of(
          new Entry(
              "explain",
              "explain FILE|DIR... [--json] [--routes DIR]",
              "parse, judge and route letters (.eml, .msg, PDF, images, text); no side effects",
              new ExplainCommand()),
          new Entry(
              "validate",
              "validate [DIR]",
              "check a routes folder and its judge phrase files (default: routes)",
              new ValidateCommand()),
          new Entry(
              "evaluate",
              "evaluate [FILE] [--corpus DIR]",
              "the judge's figures on the labelled evaluation sets",
              new EvaluateCommand()),
          new Entry(
              "evaluate-bounces",
              "evaluate-bounces [DIR]",
              "bounce detection and classification figures on a labelled folder",
              new EvaluateBouncesCommand()),
          new Entry(
              "erase",
              "erase EMAIL [--force] [--name=value...]",
              "erase one person's data from the daemon's database (stop an H2 daemon first)",
              new SubjectCommands.Erase()),
          new Entry(
              "export",
              "export EMAIL [--zip FILE] [--name=value...]",
              "everything held about one person, as JSON (or a ZIP with the raw messages)",
              new SubjectCommands.Export()));

  private static final List<String> HELP = List.of("help", "--help", "-h");
  private static final List<String> VERSION = List.of("--version", "-V", "version");

  private CommandLine() {}

  /**
   * Whether the arguments are for a one-shot command rather than the daemon. The daemon takes only
   * Spring options ({@code --name=value}); any other first word is a command, known or not, so a
   * mistyped command is an error instead of a daemon start.
   */
  public static boolean isCommand(String word) {
    return !word.startsWith("--") || HELP.contains(word) || VERSION.contains(word);
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    quietLogging();
    String word = args[0];
    if (HELP.contains(word)) {
      usage(out);
      return 0;
    }
    if (VERSION.contains(word)) {
      out.println("escalation-router " + version());
      return 0;
    }
    Optional<Entry> entry = COMMANDS.stream().filter(e -> e.name().equals(word)).findFirst();
    if (entry.isEmpty()) {
      err.println("unknown command: " + word);
      usage(err);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (Arrays.stream(rest).anyMatch(HELP::contains)) {
      out.println("usage: java -jar escalation-router.jar " + entry.get().usage());
      out.println("  " + entry.get().summary());
      return 0;
    }
    try {
      return entry.get().command().run(rest, out, err);
    } catch (Exception e) {
      err.println(word + ": " + e.getMessage());
      return 2;
    }
  }

  private static void usage(PrintStream out) {
    out.println("usage: java -jar escalation-router.jar [COMMAND] [--help]");
    out.printf("  %-48s %s%n", "(no command)", "run the daemon (Spring options: --name=value)");
    for (Entry e : COMMANDS) {
      out.printf("  %-48s %s%n", e.usage(), e.summary());
    }
    out.printf("  %-48s %s%n", "--version", "print the version");
  }

  /** The version the build wrote into META-INF/build-info.properties. */
  static String version() {
    try (InputStream in =
        CommandLine.class.getClassLoader().getResourceAsStream("META-INF/build-info.properties")) {
      if (in == null) {
        return "(unknown version: no build information)";
      }
      Properties info = new Properties();
      info.load(in);
      return info.getProperty("build.version", "(unknown version)");
    } catch (IOException e) {
      return "(unknown version: " + e.getMessage() + ")";
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
