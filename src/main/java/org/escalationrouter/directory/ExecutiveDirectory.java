package org.escalationrouter.directory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.escalationrouter.adminfiles.Problem;
import org.escalationrouter.sla.OutOfOffice;
import org.escalationrouter.sla.SlaPolicy;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The executives and SLA policies an admin defined in {@code executives.yaml} and {@code
 * sla-policies.yaml}, checked as a whole: every reference resolves and no chain loops.
 */
public final class ExecutiveDirectory {

  static final String EXECUTIVES_FILE = "executives.yaml";
  static final String POLICIES_FILE = "sla-policies.yaml";
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([mhd])");

  private final Map<String, Executive> executives;
  private final Map<String, SlaPolicy> policies;

  private ExecutiveDirectory(Map<String, Executive> executives, Map<String, SlaPolicy> policies) {
    this.executives = Map.copyOf(executives);
    this.policies = Map.copyOf(policies);
  }

  /** No executives and no policies: what a missing routes folder holds. */
  public static ExecutiveDirectory empty() {
    return new ExecutiveDirectory(Map.of(), Map.of());
  }

  public Optional<Executive> executive(String id) {
    return Optional.ofNullable(executives.get(id));
  }

  public List<Executive> executives() {
    return executives.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  public Optional<SlaPolicy> policy(String name) {
    return Optional.ofNullable(policies.get(name));
  }

  public Set<String> policyNames() {
    return policies.keySet();
  }

  /** Reads both files from {@code dir}, adding every problem found to {@code problems}. */
  public static ExecutiveDirectory read(Path dir, List<Problem> problems) {
    Map<String, Executive> executives = new LinkedHashMap<>();
    Path file = dir.resolve(EXECUTIVES_FILE);
    if (!Files.isRegularFile(file)) {
      problems.add(new Problem(EXECUTIVES_FILE, 0, "missing in " + dir));
    } else {
      YamlFile yaml = YamlFile.read(file, problems);
      yaml.root()
          .ifPresent(
              root -> {
                for (Node node : yaml.list(root, "executives", problems)) {
                  readExecutive(node, problems)
                      .ifPresent(e -> addUnique(executives, e, node, problems));
                }
              });
      checkReferences(executives, yaml.root().orElse(null), problems);
    }
    Map<String, SlaPolicy> policies = new LinkedHashMap<>();
    Path policyFile = dir.resolve(POLICIES_FILE);
    if (Files.isRegularFile(policyFile)) {
      YamlFile yaml = YamlFile.read(policyFile, problems);
      yaml.root()
          .ifPresent(
              root -> {
                for (Node node : yaml.list(root, "policies", problems)) {
                  readPolicy(node, problems).ifPresent(p -> policies.put(p.name(), p));
                }
              });
    } else {
      problems.add(new Problem(POLICIES_FILE, 0, "missing in " + dir));
    }
    return new ExecutiveDirectory(executives, policies);
  }

  private static void addUnique(
      Map<String, Executive> all, Executive e, Node node, List<Problem> problems) {
    if (all.putIfAbsent(e.id(), e) != null) {
      problems.add(
          new Problem(
              EXECUTIVES_FILE, YamlFile.line(node), "duplicate executive id '" + e.id() + "'"));
    }
  }

  private static Optional<Executive> readExecutive(Node node, List<Problem> problems) {
    int line = YamlFile.line(node);
    String id = YamlFile.text(node, "id");
    String email = YamlFile.text(node, "email");
    if (id == null) {
      problems.add(new Problem(EXECUTIVES_FILE, line, "executive without an 'id'"));
      return Optional.empty();
    }
    if (email == null || !EMAIL.matcher(email).matches()) {
      problems.add(
          new Problem(EXECUTIVES_FILE, line, "executive '" + id + "' needs a valid 'email'"));
    }
    ZoneId zone = ZoneId.of("UTC");
    String zoneText = YamlFile.text(node, "timeZone");
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText);
      } catch (DateTimeException e) {
        problems.add(new Problem(EXECUTIVES_FILE, line, "unknown time zone '" + zoneText + "'"));
      }
    }
    String hours =
        Optional.ofNullable(YamlFile.text(node, "workingHours")).orElse("Mon-Fri 09:00-17:00");
    try {
      WorkingHours.parse(hours);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(EXECUTIVES_FILE, line, "executive '" + id + "': " + e.getMessage()));
      hours = "Mon-Fri 09:00-17:00";
    }
    List<LocalDate> holidays = new ArrayList<>();
    for (String day : YamlFile.texts(node, "holidays")) {
      date(day, line, problems).ifPresent(holidays::add);
    }
    List<OutOfOffice> absences = new ArrayList<>();
    for (Node period :
        YamlFile.get(node, "outOfOffice").map(ExecutiveDirectory::items).orElse(List.of())) {
      Optional<LocalDate> from =
          date(YamlFile.text(period, "from"), YamlFile.line(period), problems);
      Optional<LocalDate> to = date(YamlFile.text(period, "to"), YamlFile.line(period), problems);
      if (from.isPresent() && to.isPresent()) {
        if (to.get().isBefore(from.get())) {
          problems.add(
              new Problem(
                  EXECUTIVES_FILE,
                  YamlFile.line(period),
                  "executive '" + id + "': out of office ends before it starts"));
        } else {
          absences.add(OutOfOffice.days(from.get(), to.get(), zone));
        }
      }
    }
    return Optional.of(
        new Executive(
            id,
            Optional.ofNullable(YamlFile.text(node, "name")).orElse(id),
            Optional.ofNullable(YamlFile.text(node, "title")).orElse(""),
            email,
            YamlFile.text(node, "deputy"),
            YamlFile.text(node, "manager"),
            zone,
            hours,
            holidays,
            absences,
            Optional.ofNullable(YamlFile.text(node, "language"))
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH)));
  }

  private static List<Node> items(Node node) {
    return node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq ? seq.getValue() : List.of();
  }

  private static Optional<LocalDate> date(String text, int line, List<Problem> problems) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException | NullPointerException e) {
      problems.add(new Problem(EXECUTIVES_FILE, line, "not a date (YYYY-MM-DD): '" + text + "'"));
      return Optional.empty();
    }
  }

  private static void checkReferences(
      Map<String, Executive> executives, Node root, List<Problem> problems) {
    for (Executive e : executives.values()) {
      for (String ref : new String[] {e.deputy(), e.manager()}) {
        if (ref != null && !executives.containsKey(ref)) {
          problems.add(
              new Problem(
                  EXECUTIVES_FILE,
                  0,
                  "executive '" + e.id() + "' names unknown executive '" + ref + "'"));
        }
      }
      if (e.id().equals(e.deputy())) {
        problems.add(
            new Problem(EXECUTIVES_FILE, 0, "executive '" + e.id() + "' is their own deputy"));
      }
      Set<String> seen = new HashSet<>();
      for (Executive step = e; step != null; step = executives.get(step.manager())) {
        if (!seen.add(step.id())) {
          problems.add(
              new Problem(
                  EXECUTIVES_FILE,
                  0,
                  "the manager chain of '" + e.id() + "' loops back to '" + step.id() + "'"));
          break;
        }
        if (step.manager() == null) {
          break;
        }
      }
    }
  }

  private static Optional<SlaPolicy> readPolicy(Node node, List<Problem> problems) {
    int line = YamlFile.line(node);
    String name = YamlFile.text(node, "name");
    if (name == null) {
      problems.add(new Problem(POLICIES_FILE, line, "policy without a 'name'"));
      return Optional.empty();
    }
    Optional<Duration> ack = duration(YamlFile.text(node, "acknowledge"), line, problems);
    Optional<Duration> resolve = duration(YamlFile.text(node, "resolve"), line, problems);
    if (ack.isEmpty() || resolve.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SlaPolicy(name, ack.get(), resolve.get()));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(POLICIES_FILE, line, "policy '" + name + "': " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** Durations as admins write them: {@code 30m}, {@code 4h}, {@code 2d} (working time). */
  static Optional<Duration> duration(String text, int line, List<Problem> problems) {
    var m = text == null ? null : DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      problems.add(
          new Problem(
              POLICIES_FILE, line, "duration must look like 30m, 4h or 2d: '" + text + "'"));
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    return Optional.of(
        switch (m.group(2)) {
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
  }
}
