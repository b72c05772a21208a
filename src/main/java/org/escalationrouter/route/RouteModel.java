package org.escalationrouter.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.OtherwiseDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.ToDefinition;
import org.apache.camel.model.WhenDefinition;
import org.apache.camel.util.URISupport;

/** Walks loaded route definitions to find each escalate step and the rule it stands under. */
final class RouteModel {

  private RouteModel() {}

  /** An escalate step, with the id and condition of the {@code when} (or otherwise) around it. */
  record EscalateStep(String uri, String ruleId, String condition) {}

  static List<EscalateStep> escalateSteps(List<RouteDefinition> routes) {
    List<EscalateStep> steps = new ArrayList<>();
    for (RouteDefinition route : routes) {
      walk(
          route.getOutputs(),
          route.getRouteId(),
          null,
          (to, rule) -> steps.add(toStep(to.getUri(), rule)));
    }
    return steps;
  }

  /**
   * Names the rule in each escalate step that does not name one ({@code &rule=ID}), so that two
   * rules ending in the same step ({@code escalate:head-of-service?policy=standard}) stay two
   * endpoints and each decision reports the rule that made it, not the first with that step.
   */
  static void nameEscalateSteps(List<RouteDefinition> routes) {
    for (RouteDefinition route : routes) {
      walk(
          route.getOutputs(),
          route.getRouteId(),
          null,
          (to, rule) -> {
            if (rule[0] != null && !to.getUri().matches(".*[?&]rule=.*")) {
              to.setUri(
                  to.getUri()
                      + (to.getUri().contains("?") ? "&" : "?")
                      + "rule="
                      + java.net.URLEncoder.encode(
                          rule[0], java.nio.charset.StandardCharsets.UTF_8));
            }
          });
    }
  }

  private static EscalateStep toStep(String uri, String[] rule) {
    return new EscalateStep(normalize(uri), rule[0], rule[1]);
  }

  static String normalize(String uri) {
    try {
      return URISupport.normalizeUri(uri);
    } catch (Exception e) {
      return uri;
    }
  }

  /**
   * Takes out of {@code routes} every {@code when} (or {@code otherwise}) holding one of the {@code
   * broken} steps, and every route holding one outside any choice; returns the rule ids taken out.
   */
  static List<String> leaveOut(List<RouteDefinition> routes, Set<ProcessorDefinition<?>> broken) {
    List<String> left = new ArrayList<>();
    for (RouteDefinition route : routes) {
      if (prune(route.getOutputs(), broken, left)) {
        left.add(route.getRouteId());
      }
    }
    return left;
  }

  /** Prunes the choices in {@code outputs}; true when a broken step remains outside them. */
  private static boolean prune(
      List<ProcessorDefinition<?>> outputs, Set<ProcessorDefinition<?>> broken, List<String> left) {
    boolean brokenHere = false;
    for (ProcessorDefinition<?> node : outputs) {
      if (node instanceof ChoiceDefinition choice) {
        choice
            .getWhenClauses()
            .removeIf(
                when -> {
                  boolean bad = prune(when.getOutputs(), broken, left);
                  if (bad) {
                    left.add(String.valueOf(when.getId()));
                  }
                  return bad;
                });
        OtherwiseDefinition otherwise = choice.getOtherwise();
        if (otherwise != null && prune(otherwise.getOutputs(), broken, left)) {
          left.add(otherwise.getId() == null ? "otherwise" : otherwise.getId());
          choice.setOtherwise(null);
        }
      } else if (broken.contains(node) || prune(node.getOutputs(), broken, left)) {
        brokenHere = true;
      }
    }
    return brokenHere;
  }

  private static void walk(
      List<ProcessorDefinition<?>> outputs,
      String ruleId,
      String condition,
      BiConsumer<ToDefinition, String[]> onEscalate) {
    for (ProcessorDefinition<?> node : outputs) {
      if (node instanceof ChoiceDefinition choice) {
        for (WhenDefinition when : choice.getWhenClauses()) {
          String id = when.getId() != null ? when.getId() : ruleId;
          walk(when.getOutputs(), id, when.getExpression().getExpression(), onEscalate);
        }
        OtherwiseDefinition otherwise = choice.getOtherwise();
        if (otherwise != null) {
          String id = otherwise.getId() != null ? otherwise.getId() : ruleId + "-otherwise";
          walk(otherwise.getOutputs(), id, "otherwise", onEscalate);
        }
      } else if (node instanceof ToDefinition to
          && to.getUri() != null
          && to.getUri().startsWith(EscalateComponent.SCHEME + ":")) {
        onEscalate.accept(to, new String[] {ruleId, condition});
      } else {
        walk(node.getOutputs(), ruleId, condition, onEscalate);
      }
    }
  }
}
