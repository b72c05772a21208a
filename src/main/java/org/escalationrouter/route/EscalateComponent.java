package org.escalationrouter.route;

import java.util.Map;
import java.util.function.Function;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * The {@code escalate:EXECUTIVE?policy=NAME} endpoint that ends a rule: it records on the exchange
 * which executive and policy the rule chose. The first escalate step reached wins; {@code
 * escalate:none} records the case without escalating it.
 */
final class EscalateComponent extends DefaultComponent {

  static final String SCHEME = "escalate";
  static final String DECISION = "escalation.decision";

  /** Maps an endpoint URI to the rule (when id and condition) it stands under. */
  private final Function<String, RuleLocation> ruleOf;

  EscalateComponent(Function<String, RuleLocation> ruleOf) {
    this.ruleOf = ruleOf;
  }

  record RuleLocation(String id, String condition) {}

  @Override
  protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters)
      throws Exception {
    EscalateEndpoint endpoint = new EscalateEndpoint(uri, this, remaining);
    setProperties(endpoint, parameters);
    return endpoint;
  }

  static final class EscalateEndpoint extends DefaultEndpoint {
    private final String executive;
    private String policy;
    private String rule;

    EscalateEndpoint(String uri, EscalateComponent component, String executive) {
      super(uri, component);
      this.executive = executive;
    }

    public void setPolicy(String policy) {
      this.policy = policy;
    }

    public void setRule(String rule) {
      this.rule = rule;
    }

    @Override
    public Producer createProducer() {
      EscalateComponent component = (EscalateComponent) getComponent();
      return new DefaultProducer(this) {
        @Override
        public void process(Exchange exchange) {
          if (exchange.getProperty(DECISION) != null) {
            return;
          }
          RuleLocation where = component.ruleOf.apply(getEndpointUri());
          String ruleId = rule != null ? rule : where == null ? executive : where.id();
          String condition = where == null ? null : where.condition();
          boolean none = RoutingDecision.NONE.equals(executive);
          exchange.setProperty(
              DECISION,
              new RoutingDecision(
                  none ? null : executive, none ? null : policy, ruleId, condition, null));
        }
      };
    }

    @Override
    public org.apache.camel.Consumer createConsumer(org.apache.camel.Processor processor) {
      throw new UnsupportedOperationException("escalate: can only be sent to");
    }
  }
}
