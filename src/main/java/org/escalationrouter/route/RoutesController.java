package org.escalationrouter.route;

import java.util.List;
import org.escalationrouter.adminfiles.Problem;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/routes}: the rules in force and the last reload's problems. */
@RestController
class RoutesController {

  private final LiveRules rules;

  RoutesController(LiveRules rules) {
    this.rules = rules;
  }

  record RoutesState(
      String version,
      List<String> ruleFiles,
      int executives,
      List<String> lastReloadProblems,
      List<String> startProblems,
      List<String> runningWithout,
      List<String> advice) {}

  @GetMapping("/api/routes")
  RoutesState state() {
    RouteSet set = rules.routes();
    return new RoutesState(
        set.version(),
        List.copyOf(set.ruleFiles().keySet()),
        set.directory().executives().size(),
        rules.lastProblems().stream().map(Problem::toString).toList(),
        rules.startProblems().stream().map(Problem::toString).toList(),
        rules.leftOutAtStart(),
        set.advice());
  }

  /** Health component {@code routes}: UP with the version in force, and any rejected edit. */
  @Component("routes")
  static class RoutesHealth implements HealthIndicator {
    private final LiveRules rules;

    RoutesHealth(LiveRules rules) {
      this.rules = rules;
    }

    @Override
    public Health health() {
      Health.Builder b = Health.up().withDetail("version", rules.routes().version());
      if (!rules.startProblems().isEmpty()) {
        b.withDetail(
            "rejectedAtStart", rules.startProblems().stream().map(Problem::toString).toList());
        b.withDetail("runningWithout", rules.leftOutAtStart());
      }
      if (!rules.routes().advice().isEmpty()) {
        b.withDetail("advice", rules.routes().advice());
      }
      if (!rules.lastProblems().isEmpty()) {
        b.withDetail("rejectedEdit", rules.lastProblems().stream().map(Problem::toString).toList());
      }
      return b.build();
    }
  }
}
