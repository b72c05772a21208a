package org.escalationrouter.route;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * The admins' rules, running in a Camel context of their own so that a new set can be started
 * beside the old one and swapped in at once. Cases enter at {@code direct:route-case}.
 */
public final class RuleBook implements AutoCloseable {

  static final String ENTRY = "direct:route-case";

  private final RouteSet routes;
  private final CamelContext context;
  private final ProducerTemplate template;

  private final List<String> leftOut;

  private RuleBook(RouteSet routes, CamelContext context, List<String> leftOut) {
    this.routes = routes;
    this.leftOut = List.copyOf(leftOut);
    this.context = context;
    this.template = context.createProducerTemplate();
  }

  /**
   * Starts the rules of a valid route set.
   *
   * @param dryRun when true, steps that send anywhere but {@code escalate:} are skipped, so that
   *     explaining a letter never has side effects
   */
  public static RuleBook start(RouteSet routes, boolean dryRun) throws Exception {
    return start(routes, dryRun, name -> null);
  }

  /**
   * Starts the rules, resolving {@code {{placeholders}}} from {@code properties} first, then from
   * Camel's usual sources (environment variables, system properties).
   */
  public static RuleBook start(
      RouteSet routes, boolean dryRun, java.util.function.Function<String, String> properties)
      throws Exception {
    return start(routes, dryRun, properties, false);
  }

  /**
   * Starts the rules; with {@code leaveOutBroken}, a rule ({@code when}) whose endpoint cannot be
   * made is left out, and a route with such an endpoint outside any rule, instead of failing.
   */
  static RuleBook start(
      RouteSet routes,
      boolean dryRun,
      java.util.function.Function<String, String> properties,
      boolean leaveOutBroken)
      throws Exception {
    if (!routes.valid()) {
      throw new IllegalArgumentException("route set has problems: " + routes.problems());
    }
    DefaultCamelContext context = new DefaultCamelContext();
    context.getCamelContextExtension().setName("rules-" + routes.version());
    RuleProperties.addTo(context, properties);
    Map<String, EscalateComponent.RuleLocation> rules = new HashMap<>();
    context.addComponent(
        EscalateComponent.SCHEME,
        new EscalateComponent(uri -> rules.get(RouteModel.normalize(uri))));
    context.addComponent(NotifyComponent.SCHEME, new NotifyComponent());
    if (dryRun) {
      // every endpoint but escalate:, direct: and log: becomes a silent log, so nothing leaves
      context
          .getCamelContextExtension()
          .registerEndpointCallback(
              (uri, endpoint) ->
                  uri.startsWith(EscalateComponent.SCHEME + ":")
                          || uri.startsWith(NotifyComponent.SCHEME + ":")
                          || uri.startsWith("direct:")
                          || uri.startsWith("log:")
                      ? endpoint
                      : context.getEndpoint("log:dry-run?level=OFF"));
    }
    for (Map.Entry<String, String> file : routes.ruleFiles().entrySet()) {
      PluginHelper.getRoutesLoader(context)
          .loadRoutes(ResourceHelper.fromString(file.getKey(), file.getValue()));
    }
    List<String> leftOut = List.of();
    if (leaveOutBroken) {
      List<org.apache.camel.model.RouteDefinition> defs =
          List.copyOf(((ModelCamelContext) context).getRouteDefinitions());
      try (EndpointCheck check = new EndpointCheck(properties)) {
        java.util.Set<org.apache.camel.model.ProcessorDefinition<?>> broken =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> unreachable = new java.util.ArrayList<>();
        for (EndpointCheck.Failure f : check.failures(defs)) {
          if (f.step() == null) {
            unreachable.add(f.route().getRouteId());
          } else {
            broken.add(f.step());
          }
        }
        leftOut = new java.util.ArrayList<>(RouteModel.leaveOut(defs, broken));
        leftOut.addAll(unreachable);
      }
      for (org.apache.camel.model.RouteDefinition def : defs) {
        if (leftOut.contains(def.getRouteId())) {
          ((ModelCamelContext) context).removeRouteDefinition(def);
        }
      }
    }
    RouteModel.nameEscalateSteps(List.copyOf(((ModelCamelContext) context).getRouteDefinitions()));
    for (RouteModel.EscalateStep step :
        RouteModel.escalateSteps(
            List.copyOf(((ModelCamelContext) context).getRouteDefinitions()))) {
      rules.putIfAbsent(
          step.uri(), new EscalateComponent.RuleLocation(step.ruleId(), step.condition()));
    }
    context.start();
    return new RuleBook(routes, context, leftOut);
  }

  public RouteSet routes() {
    return routes;
  }

  /** The rules (or routes) left out at start because one of their endpoints cannot be made. */
  public List<String> leftOut() {
    return leftOut;
  }

  public String version() {
    return routes.version();
  }

  /** Runs the rules on the facts of one case. */
  public RoutingDecision decide(CaseFacts facts) {
    Exchange exchange = new DefaultExchange(context);
    exchange.getMessage().setHeaders(new HashMap<>(facts.headers()));
    Exchange done = template.send(ENTRY, exchange);
    if (done.getException() != null) {
      throw new IllegalStateException(
          "rules failed: " + done.getException().getMessage(), done.getException());
    }
    RoutingDecision decision = done.getProperty(EscalateComponent.DECISION, RoutingDecision.class);
    List<NotifyTarget> notify = NotifyComponent.targets(done);
    if (decision == null) {
      return new RoutingDecision(null, null, "no rule matched", null, routes.version(), notify);
    }
    return new RoutingDecision(
        decision.executiveId(),
        decision.policy(),
        decision.rule(),
        decision.condition(),
        routes.version(),
        notify);
  }

  @Override
  public void close() {
    try {
      context.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop rules " + routes.version(), e);
    }
  }
}
