package org.escalationrouter.route;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * The {@code notify:FORMAT?webhook=URL} endpoint of the rules: it only records on the exchange that
 * the case is to be posted to a chat or webhook. The post itself goes through the webhook outbox,
 * written in the case's transaction and sent after commit, so a slow or failing hook never holds up
 * or loses a case.
 */
final class NotifyComponent extends DefaultComponent {

  static final String SCHEME = "notify";
  static final String TARGETS = "escalation.notify";
  static final Set<String> FORMATS = Set.of("slack", "teams", "mattermost", "json");

  @Override
  protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters)
      throws Exception {
    String format = remaining.replaceFirst("^//", "");
    if (!FORMATS.contains(format)) {
      throw new ResolveEndpointFailedException(
          uri, "unknown notify format '" + format + "' (one of slack, teams, mattermost, json)");
    }
    NotifyEndpoint endpoint = new NotifyEndpoint(uri, this, format);
    setProperties(endpoint, parameters);
    endpoint.check(uri);
    return endpoint;
  }

  /** The targets the rules asked for, in the order they were reached. */
  @SuppressWarnings("unchecked")
  static List<NotifyTarget> targets(Exchange exchange) {
    List<NotifyTarget> targets = exchange.getProperty(TARGETS, List.class);
    return targets == null ? List.of() : List.copyOf(targets);
  }

  static final class NotifyEndpoint extends DefaultEndpoint {
    private final String format;
    private String webhook;

    NotifyEndpoint(String uri, NotifyComponent component, String format) {
      super(uri, component);
      this.format = format;
    }

    public void setWebhook(String webhook) {
      this.webhook = webhook;
    }

    void check(String uri) {
      if (webhook == null || webhook.isBlank()) {
        throw new ResolveEndpointFailedException(uri, "notify needs ?webhook=URL");
      }
      URI address;
      try {
        address = URI.create(webhook);
      } catch (IllegalArgumentException e) {
        throw new ResolveEndpointFailedException(uri, "the webhook is not a URL");
      }
      if (!"https".equals(address.getScheme()) && !"http".equals(address.getScheme())) {
        throw new ResolveEndpointFailedException(uri, "the webhook must be an http(s) URL");
      }
    }

    @Override
    public Producer createProducer() {
      NotifyTarget target = new NotifyTarget(format, webhook);
      return new DefaultProducer(this) {
        @Override
        @SuppressWarnings("unchecked")
        public void process(Exchange exchange) {
          List<NotifyTarget> targets = exchange.getProperty(TARGETS, List.class);
          if (targets == null) {
            targets = new ArrayList<>();
            exchange.setProperty(TARGETS, targets);
          }
          if (!targets.contains(target)) {
            targets.add(target);
          }
        }
      };
    }

    @Override
    public Consumer createConsumer(Processor processor) {
      throw new UnsupportedOperationException("notify: can only be sent to");
    }
  }
}
