package org.escalationrouter.route;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.escalationrouter.adminfiles.Problem;
import org.escalationrouter.directory.ExecutiveDirectory;
import org.escalationrouter.facts.Signal;

/**
 * One reading of the routes folder: executives, policies, rule files and intake files, with every
 * problem found in them. Nothing is applied from a set that has problems.
 */
public record RouteSet(
    Path dir,
    String version,
    ExecutiveDirectory directory,
    Map<String, String> ruleFiles,
    Map<String, String> intakeFiles,
    List<Problem> problems) {

  static final String INTAKE_FILE = "intake.camel.yaml";
  private static final Pattern SIGNAL_TEST =
      Pattern.compile("signals}?\\s*(?:contains|not contains|==|!=)\\s*'([^']*)'");

  public boolean valid() {
    return problems.isEmpty();
  }

  /**
   * What is valid but most likely not meant, for the log and {@code /api/routes}; never a reason to
   * reject the folder. Today one thing: rules that never test {@code ${header.unread}} route a
   * letter the router could not read in full (an encrypted attachment, a scan OCR left unread) on
   * the words it did read, so a low-looking one is only recorded and nobody reads the rest. Files
   * written before that header existed are the usual cause (CHANGELOG, 0.2.0).
   */
  public List<String> advice() {
    if (ruleFiles.isEmpty()
        || ruleFiles.values().stream().anyMatch(text -> text.contains("header.unread"))) {
      return List.of();
    }
    return List.of(
        "no rule tests ${header.unread}: letters not read in full are routed on the words that"
            + " were read; add a rule such as unread-to-head-of-service of the shipped"
            + " escalation.camel.yaml");
  }

  /** Reads and checks everything in {@code dir}; never throws for bad content. */
  public static RouteSet read(Path dir) {
    return read(dir, name -> null);
  }

  /**
   * Reads and checks everything in {@code dir}, resolving the rules' {@code {{placeholders}}} from
   * {@code properties} first, then from environment variables and system properties.
   */
  public static RouteSet read(Path dir, Function<String, String> properties) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(new Problem(dir.toString(), 0, "routes folder not found"));
      return new RouteSet(dir, "none", ExecutiveDirectory.empty(), Map.of(), Map.of(), problems);
    }
    ExecutiveDirectory directory = ExecutiveDirectory.read(dir, problems);
    Map<String, String> rules = new LinkedHashMap<>();
    Map<String, String> intake = new LinkedHashMap<>();
    for (Path file : camelFiles(dir, problems)) {
      String name = file.getFileName().toString();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        (name.equals(INTAKE_FILE) ? intake : rules).put(name, text);
      } catch (IOException e) {
        problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
      }
    }
    if (rules.isEmpty()) {
      problems.add(new Problem(dir.toString(), 0, "no rules file (*.camel.yaml) found"));
    }
    checkCamelFiles(rules, intake, directory, problems);
    checkEndpoints(rules, properties, problems);
    return new RouteSet(dir, version(dir), directory, rules, intake, List.copyOf(problems));
  }

  private static List<Path> camelFiles(Path dir, List<Problem> problems) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".camel.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(new Problem(dir.toString(), 0, "cannot list: " + e.getMessage()));
      return List.of();
    }
  }

  private static void checkCamelFiles(
      Map<String, String> rules,
      Map<String, String> intake,
      ExecutiveDirectory directory,
      List<Problem> problems) {
    Set<String> routeIds = new HashSet<>();
    Map<String, String> all = new LinkedHashMap<>(intake);
    all.putAll(rules);
    for (Map.Entry<String, String> file : all.entrySet()) {
      List<RouteDefinition> routes = parse(file.getKey(), file.getValue(), problems);
      for (RouteDefinition route : routes) {
        if (route.getRouteId() == null || route.getRouteId().isBlank()) {
          problems.add(
              new Problem(
                  file.getKey(), lineOf(file.getValue(), "route:"), "every route needs an 'id'"));
        } else if (!routeIds.add(route.getRouteId())) {
          problems.add(
              new Problem(
                  file.getKey(),
                  lineOf(file.getValue(), route.getRouteId()),
                  "duplicate route id '" + route.getRouteId() + "'"));
        }
      }
      for (RouteModel.EscalateStep step : RouteModel.escalateSteps(routes)) {
        checkEscalate(file.getKey(), file.getValue(), step, directory, problems);
      }
      checkSignalNames(file.getKey(), file.getValue(), problems);
    }
  }

  /**
   * The part of an invalid set that can run: rule files whose only problems are endpoints (those
   * rules are left out when the book starts), or a rule that records every case when none is left.
   */
  public RouteSet runnablePart() {
    Set<String> broken = new HashSet<>();
    problems.stream().filter(p -> !p.endpoint()).forEach(p -> broken.add(p.file()));
    Map<String, String> runnable = new LinkedHashMap<>();
    ruleFiles.forEach(
        (name, text) -> {
          if (!broken.contains(name)) {
            runnable.put(name, text);
          }
        });
    if (runnable.isEmpty()) {
      runnable.put(NO_RULES_FILE, NO_RULES);
    }
    return new RouteSet(dir, version, directory, runnable, intakeFiles, List.of());
  }

  /** This set with no rule files at all, for when even the runnable part cannot start. */
  RouteSet withoutRules() {
    return new RouteSet(dir, version, directory, Map.of(), intakeFiles, List.of());
  }

  static final String NO_RULES_FILE = "no-valid-rules.camel.yaml";
  private static final String NO_RULES =
      "- route:\n    id: no-valid-rules\n    from:\n      uri: direct:route-case\n"
          + "      steps:\n        - to: escalate:none\n";

  /** Every endpoint of the rules must be one Camel can make, with placeholders resolved. */
  private static void checkEndpoints(
      Map<String, String> rules, Function<String, String> properties, List<Problem> problems) {
    try (EndpointCheck check = new EndpointCheck(properties)) {
      for (Map.Entry<String, String> file : rules.entrySet()) {
        List<RouteDefinition> routes = parse(file.getKey(), file.getValue(), new ArrayList<>());
        for (EndpointCheck.Failure f : check.failures(routes)) {
          int line = f.line() > 0 ? f.line() : lineOf(file.getValue(), f.uri().split("\\?")[0]);
          problems.add(new Problem(file.getKey(), line, f.message(), true));
        }
      }
    }
  }

  /** Parses a Camel YAML file into route definitions in a scratch context that never starts. */
  static List<RouteDefinition> parse(String name, String text, List<Problem> problems) {
    try (DefaultCamelContext scratch = new DefaultCamelContext()) {
      PluginHelper.getRoutesLoader(scratch).loadRoutes(ResourceHelper.fromString(name, text));
      return List.copyOf(((ModelCamelContext) scratch).getRouteDefinitions());
    } catch (Exception e) {
      problems.add(new Problem(name, lineFromMessage(e), firstLine(e)));
      return List.of();
    }
  }

  private static void checkEscalate(
      String file,
      String text,
      RouteModel.EscalateStep step,
      ExecutiveDirectory directory,
      List<Problem> problems) {
    String rest =
        step.uri().substring(EscalateComponent.SCHEME.length() + 1).replaceFirst("^//", "");
    String executive = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
    int line = lineOf(text, "escalate:" + executive);
    if (RoutingDecision.NONE.equals(executive)) {
      return;
    }
    if (directory.executive(executive).isEmpty()) {
      problems.add(
          new Problem(file, line, "unknown executive '" + executive + "' in " + step.uri()));
    }
    Matcher policy = Pattern.compile("[?&]policy=([^&]+)").matcher(rest);
    if (!policy.find()) {
      problems.add(new Problem(file, line, "escalate step needs ?policy=NAME: " + step.uri()));
    } else if (directory.policy(policy.group(1)).isEmpty()) {
      problems.add(new Problem(file, line, "unknown SLA policy '" + policy.group(1) + "'"));
    }
  }

  private static void checkSignalNames(String file, String text, List<Problem> problems) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = SIGNAL_TEST.matcher(lines[i]);
      while (m.find()) {
        if (Signal.fromWireName(m.group(1)).isEmpty()) {
          problems.add(new Problem(file, i + 1, "unknown signal '" + m.group(1) + "'"));
        }
      }
    }
  }

  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int lineFromMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 0;
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    return message.lines().findFirst().orElse(root.getClass().getSimpleName()).trim();
  }

  /** A short hash of every file in the folder, recorded on each case routed by it. */
  static String version(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unreadable";
    }
  }
}
