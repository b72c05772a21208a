package org.escalationrouter.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.escalationrouter.bounce.AutomatedMail;
import org.escalationrouter.bounce.AutomatedMailDetector;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.judge.Evidence;
import org.escalationrouter.judge.Judge;
import org.escalationrouter.judge.SignalFinding;
import org.escalationrouter.mime.MimeMessages;
import org.escalationrouter.parse.LetterParser;
import org.escalationrouter.pipeline.Assessment;
import org.escalationrouter.pipeline.CaseAssessor;
import org.escalationrouter.pipeline.IncomingMessage;
import org.escalationrouter.route.BuiltInRoutes;
import org.escalationrouter.route.RouteSet;
import org.escalationrouter.route.RoutingDecision;
import org.escalationrouter.route.RuleBook;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code explain FILE|DIR... [--json] [--routes DIR]}: what the daemon would make of each letter,
 * with no side effect: no mail, no database, no web server, and rules that send nowhere.
 */
final class ExplainCommand implements CommandLine.Command {

  /** Jackson's mapper, made only for {@code --json}: its classes cost a plain run start-up time. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  /** Where the admins' routes folder is looked for when {@code --routes} is not given. */
  private static final Path DEFAULT_ROUTES = Path.of("routes");

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    return run(args, out, err, DEFAULT_ROUTES);
  }

  /**
   * As {@link #run(String[], PrintStream, PrintStream)}, looking for the routes in {@code home}.
   */
  int run(String[] args, PrintStream out, PrintStream err, Path home) throws Exception {
    boolean json = false;
    Path routesDir = null;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = true;
        case "--routes" -> {
          if (i + 1 == args.length) {
            err.println("explain: --routes needs a folder");
            return 2;
          }
          routesDir = Path.of(args[++i]);
        }
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (inputs.isEmpty()) {
      err.println("explain: name at least one file or folder");
      return 2;
    }
    Path builtIn = null;
    if (routesDir == null) {
      routesDir = home;
      if (!Files.isDirectory(routesDir)) {
        // run away from a routes folder: judge as usual, route by the rules the jar ships
        builtIn = BuiltInRoutes.writeTo(Files.createTempDirectory("escalation-routes"));
        routesDir = builtIn;
        err.println(
            "explain: no routes folder here (./routes); routing by the routes built into this jar"
                + " (give --routes DIR for yours)");
      }
    }
    try {
      return explainAll(inputs, routesDir, json, out, err);
    } finally {
      if (builtIn != null) {
        try {
          FileSystemUtils.deleteRecursively(builtIn);
        } catch (IOException e) {
          // a temporary folder left behind is harmless
        }
      }
    }
  }

  private static int explainAll(
      List<Path> inputs, Path routesDir, boolean json, PrintStream out, PrintStream err)
      throws Exception {
    RouteSet routes = RouteSet.read(routesDir);
    if (!routes.valid()) {
      err.println(
          "explain: the routes in "
              + routesDir
              + " have problems (run validate): "
              + routes.problems().get(0));
      return 2;
    }
    int failures = 0;
    // the rules' Camel context and the judge's phrase books each take a while to load: side by side
    CompletableFuture<Judge> judge = CompletableFuture.supplyAsync(Judge::withDefaults);
    try (RuleBook rules = RuleBook.start(routes, true)) {
      CaseAssessor assessor =
          new CaseAssessor(LetterParser.withDefaults(), judge.join(), rules::decide);
      AutomatedMailDetector detector = AutomatedMailDetector.withDefaults();
      for (Path file : files(inputs)) {
        Map<String, Object> result = explain(file, assessor, detector, routes);
        failures += result.containsKey("error") ? 1 : 0;
        if (json) {
          out.println(Json.MAPPER.writeValueAsString(result));
        } else {
          HumanReport.print(result, out);
        }
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private static List<Path> files(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  static Map<String, Object> explain(
      Path file, CaseAssessor assessor, AutomatedMailDetector detector, RouteSet routes) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("file", file.toString());
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      r.put("error", "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
      return r;
    }
    try {
      String name = file.getFileName().toString();
      boolean mime = name.toLowerCase().endsWith(".eml") || IncomingMessage.looksLikeMime(raw);
      Optional<AutomatedMail> automated = mime ? detect(raw, detector) : Optional.empty();
      r.put("automated", automated(automated));
      if (automated.isPresent()) {
        r.put("severity", null);
        r.put("signals", List.of());
        r.put("route", null);
        r.put("executive", null);
        r.put("note", "automated mail never becomes a case");
        return r;
      }
      Assessment a =
          assessor.assess(new IncomingMessage("explain", name, name, raw, Instant.now(), mime));
      r.put("subject", a.letter().subject());
      r.put("from", a.letter().envelope().from());
      r.put("severity", a.judgement().severity().wireName());
      r.put("severityRule", a.judgement().rule());
      r.put("signals", signals(a.judgement().findings()));
      RoutingDecision d = a.decision();
      r.put("route", d.rule());
      r.put("condition", d.condition());
      r.put("executive", d.executiveId());
      Optional<Executive> exec =
          Optional.ofNullable(d.executiveId()).flatMap(routes.directory()::executive);
      r.put("executiveName", exec.map(Executive::name).orElse(null));
      r.put("deputy", exec.map(Executive::deputy).orElse(null));
      r.put("policy", d.policy());
      r.put("rulesVersion", d.rulesVersion());
      r.put("newText", a.letter().newText());
      r.put("flags", a.letter().flags().stream().map(Enum::name).sorted().toList());
      r.put("unread", a.letter().unreadFlags().stream().map(Enum::name).toList());
      r.put("imagesNotRead", a.letter().imagesNotRead());
    } catch (RuntimeException | StackOverflowError e) {
      r.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (OutOfMemoryError e) {
      // the file's own objects are garbage now: say so and go on with the next file
      r.put("error", "OutOfMemoryError: " + e.getMessage() + " (give the JVM more heap: -Xmx)");
    }
    return r;
  }

  private static Optional<AutomatedMail> detect(byte[] raw, AutomatedMailDetector detector) {
    try {
      return detector.detect(MimeMessages.read(raw));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static Map<String, Object> automated(Optional<AutomatedMail> automated) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("kind", automated.map(m -> m.kind().wireName()).orElse(null));
    a.put(
        "records",
        automated.map(AutomatedMail::records).orElse(List.of()).stream()
            .map(
                rec -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("recipient", rec.recipient());
                  m.put("action", rec.action());
                  m.put("status", rec.status());
                  m.put("replyCode", rec.replyCode());
                  m.put("hard", rec.hard());
                  m.put("confidence", rec.confidence().wireName());
                  m.put("reason", rec.reason());
                  return m;
                })
            .toList());
    return a;
  }

  private static List<Map<String, Object>> signals(List<SignalFinding> findings) {
    return findings.stream()
        .map(
            f -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("name", f.signal().wireName());
              m.put("evidence", f.evidence().stream().map(Evidence::phrase).toList());
              m.put("locations", f.evidence().stream().map(Evidence::location).toList());
              m.put("parts", f.evidence().stream().map(Evidence::parts).toList());
              return m;
            })
        .toList();
  }
}
