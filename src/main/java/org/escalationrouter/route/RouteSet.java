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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.escalationrouter.judge.Signal;

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

  /** Reads and checks everything in {@code dir}; never throws for bad content. */
  public static RouteSet read(Path dir) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(new Problem(dir.toString(), 0, "routes folder not found"));
      return new RouteSet(
          dir, "none", new ExecutiveDirectory(Map.of(), Map.of()), Map.of(), Map.of(), problems);
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
