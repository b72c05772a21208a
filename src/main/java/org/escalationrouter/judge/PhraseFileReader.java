package org.escalationrouter.judge;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.judge.PhraseFile.RawPattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a phrase file's YAML node tree, so every problem can name its line. Structure problems go
 * to {@code errors} as {@code file:line: problem}; pattern syntax is checked later by {@link
 * PatternParser}.
 */
final class PhraseFileReader {

  private final String name;
  private final List<String> errors;

  PhraseFileReader(String name, List<String> errors) {
    this.name = name;
    this.errors = errors;
  }

  PhraseFile read(Reader reader, String language) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<RawPattern> patterns = new ArrayList<>();
    Node root;
    try {
      root = new Yaml().compose(reader);
    } catch (YAMLException e) {
      errors.add(name + ":" + lineOf(e) + ": not valid YAML: " + firstLine(e.getMessage()));
      return new PhraseFile(name, language, lists, sets, patterns);
    }
    if (root == null) {
      return new PhraseFile(name, language, lists, sets, patterns);
    }
    if (!(root instanceof MappingNode map)) {
      error(root, "the file must be a mapping (language, stopwords, sets, phrases...)");
      return new PhraseFile(name, language, lists, sets, patterns);
    }
    for (NodeTuple entry : map.getValue()) {
      String key = scalar(entry.getKeyNode());
      Node value = entry.getValueNode();
      if ("language".equals(key)) {
        String declared = scalar(value);
        if (declared != null && !declared.equals(language)) {
          error(
              value, "language '" + declared + "' does not match the file name (" + language + ")");
        }
      } else if (PhraseFile.WORD_LISTS.contains(key)) {
        lists.put(key, strings(value));
      } else if ("sets".equals(key)) {
        for (NodeTuple set : mapping(value)) {
          sets.put(scalar(set.getKeyNode()), strings(set.getValueNode()));
        }
      } else if ("phrases".equals(key)) {
        for (NodeTuple group : mapping(value)) {
          readGroup(group, patterns);
        }
      } else {
        error(entry.getKeyNode(), "unknown key '" + key + "'");
      }
    }
    return new PhraseFile(name, language, lists, sets, patterns);
  }

  private void readGroup(NodeTuple group, List<RawPattern> out) {
    String key = scalar(group.getKeyNode());
    if (Signal.fromWireName(key).isEmpty() && !PhraseFile.CUES.contains(key)) {
      error(
          group.getKeyNode(),
          "unknown signal '" + key + "' (use a wire name such as legal-threat)");
      return;
    }
    if (!(group.getValueNode() instanceof SequenceNode list)) {
      error(group.getValueNode(), "phrases for " + key + " must be a list");
      return;
    }
    for (Node item : list.getValue()) {
      String origin = name + ":" + line(item);
      if (item instanceof ScalarNode s) {
        out.add(new RawPattern(key, s.getValue(), 1.0, origin));
      } else if (item instanceof MappingNode m) {
        String source = null;
        double weight = 1.0;
        for (NodeTuple field : m.getValue()) {
          String fieldName = scalar(field.getKeyNode());
          if ("pattern".equals(fieldName)) {
            source = scalar(field.getValueNode());
          } else if ("weight".equals(fieldName)) {
            weight = weight(field.getValueNode());
          } else {
            error(field.getKeyNode(), "unknown field '" + fieldName + "' (pattern, weight)");
          }
        }
        if (source == null) {
          error(item, "a weighted phrase needs 'pattern'");
        } else {
          out.add(new RawPattern(key, source, weight, origin));
        }
      } else {
        error(item, "a phrase must be a string or {pattern, weight}");
      }
    }
  }

  private double weight(Node node) {
    try {
      double w = Double.parseDouble(scalar(node));
      if (w > 0 && w <= 10) {
        return w;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // reported below
    }
    error(node, "weight must be a number above 0 and at most 10");
    return 1.0;
  }

  private List<NodeTuple> mapping(Node node) {
    if (node instanceof MappingNode m) {
      return m.getValue();
    }
    error(node, "expected a mapping");
    return List.of();
  }

  private List<String> strings(Node node) {
    List<String> out = new ArrayList<>();
    if (!(node instanceof SequenceNode seq)) {
      error(node, "expected a list of words");
      return out;
    }
    for (Node item : seq.getValue()) {
      String s = scalar(item);
      if (s == null || s.isBlank()) {
        error(item, "expected a word");
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  private void error(Node node, String problem) {
    errors.add(name + ":" + line(node) + ": " + problem);
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static int lineOf(YAMLException e) {
    if (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
      return m.getProblemMark().getLine() + 1;
    }
    return 0;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
