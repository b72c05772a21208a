package org.escalationrouter.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.escalationrouter.adminfiles.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML file read as nodes, so that every problem can name its line. */
final class YamlFile {

  private final String name;
  private final Node root;

  private YamlFile(String name, Node root) {
    this.name = name;
    this.root = root;
  }

  static YamlFile read(Path file, List<Problem> problems) {
    String name = file.getFileName().toString();
    try {
      String text = Files.readString(file);
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      return new YamlFile(name, yaml.compose(new java.io.StringReader(text)));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(new Problem(name, line, "YAML syntax: " + e.getProblem()));
    } catch (IOException e) {
      problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
    }
    return new YamlFile(name, null);
  }

  String name() {
    return name;
  }

  Optional<Node> root() {
    return Optional.ofNullable(root);
  }

  static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** The items of a top-level or nested list under {@code key}, empty if absent. */
  List<Node> list(Node mapping, String key, List<Problem> problems) {
    Optional<Node> value = get(mapping, key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof SequenceNode seq) {
      return seq.getValue();
    }
    problems.add(new Problem(name, line(value.get()), "'" + key + "' must be a list"));
    return List.of();
  }

  static Optional<Node> get(Node mapping, String key) {
    if (mapping instanceof MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return Optional.of(tuple.getValueNode());
        }
      }
    }
    return Optional.empty();
  }

  static List<String> keys(Node mapping) {
    List<String> keys = new ArrayList<>();
    if (mapping instanceof MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k) {
          keys.add(k.getValue());
        }
      }
    }
    return keys;
  }

  /** A scalar value, or null when absent or YAML null. */
  static String text(Node mapping, String key) {
    return get(mapping, key)
        .filter(ScalarNode.class::isInstance)
        .map(n -> ((ScalarNode) n).getValue())
        .filter(v -> !v.isEmpty() && !v.equals("null") && !v.equals("~"))
        .orElse(null);
  }

  static List<String> texts(Node mapping, String key) {
    return get(mapping, key)
        .filter(SequenceNode.class::isInstance)
        .map(
            n ->
                ((SequenceNode) n)
                    .getValue().stream()
                        .filter(ScalarNode.class::isInstance)
                        .map(s -> ((ScalarNode) s).getValue())
                        .toList())
        .orElse(List.of());
  }
}
