package org.escalationrouter.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.NoSuchEndpointException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.EndpointRequiredDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/**
 * Whether the endpoints of the rules can be made: their component is on the classpath, their
 * options are ones it knows, their {@code {{placeholders}}} resolve. Camel's own endpoint factory
 * answers, in a context set up as the rules' is, which is never started. Messages name the URI as
 * the admin wrote it, never with placeholders filled in: a webhook URL is a secret.
 */
final class EndpointCheck implements AutoCloseable {

  private static final Pattern MISSING_PROPERTY = Pattern.compile("Property with key \\[([^]]+)]");
  private static final Pattern UNKNOWN_OPTIONS = Pattern.compile("Unknown parameters=\\[\\{(.*)}]");
  private static final Pattern OPTION_NAME = Pattern.compile("(?:^|, )([^=,]+)=");

  /** An endpoint that cannot be made, the definition it stands in, and why. */
  record Failure(
      String uri, RouteDefinition route, ProcessorDefinition<?> step, int line, String message) {}

  private final CamelContext scratch;

  EndpointCheck(Function<String, String> properties) {
    DefaultCamelContext context = new DefaultCamelContext();
    context.addComponent(EscalateComponent.SCHEME, new EscalateComponent(uri -> null));
    context.addComponent(NotifyComponent.SCHEME, new NotifyComponent());
    RuleProperties.addTo(context, properties);
    this.scratch = context;
  }

  /** Why {@code uri} cannot be made, or empty when it can. */
  Optional<String> problem(String uri) {
    try {
      scratch.getEndpoint(uri);
      return Optional.empty();
    } catch (NoSuchEndpointException e) {
      String scheme = uri.contains(":") ? uri.substring(0, uri.indexOf(':')) : uri;
      return Optional.of(
          "unknown component '" + scheme + "' in " + uri + " (no such Camel component is shipped)");
    } catch (RuntimeException e) {
      return Optional.of(describe(uri, e));
    }
  }

  /** Every endpoint of these routes that cannot be made. */
  List<Failure> failures(List<RouteDefinition> routes) {
    List<Failure> failures = new ArrayList<>();
    for (RouteDefinition route : routes) {
      if (route.getInput() != null) {
        String uri = route.getInput().getEndpointUri();
        problem(uri)
            .ifPresent(
                m ->
                    failures.add(
                        new Failure(uri, route, null, route.getInput().getLineNumber(), m)));
      }
      walk(route, route.getOutputs(), failures);
    }
    return failures;
  }

  private void walk(
      RouteDefinition route, List<ProcessorDefinition<?>> outputs, List<Failure> failures) {
    for (ProcessorDefinition<?> node : outputs) {
      if (node instanceof EndpointRequiredDefinition send && send.getEndpointUri() != null) {
        String uri = send.getEndpointUri();
        problem(uri)
            .ifPresent(m -> failures.add(new Failure(uri, route, node, node.getLineNumber(), m)));
      }
      walk(route, node.getOutputs(), failures);
    }
  }

  private static String describe(String uri, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      Matcher missing = MISSING_PROPERTY.matcher(message);
      if (missing.find()) {
        return "unresolved placeholder {{" + missing.group(1) + "}} in " + uri;
      }
      Matcher unknown = UNKNOWN_OPTIONS.matcher(message);
      if (unknown.find()) {
        List<String> names = new ArrayList<>();
        Matcher name = OPTION_NAME.matcher(unknown.group(1));
        while (name.find()) {
          names.add(name.group(1).trim());
        }
        return "unknown option(s) " + names + " in " + uri;
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = String.valueOf(root.getMessage());
    int dueTo = reason.lastIndexOf(" due to: ");
    reason = dueTo < 0 ? reason : reason.substring(dueTo + " due to: ".length());
    return "cannot make endpoint " + uri + ": " + reason.lines().findFirst().orElse("").trim();
  }

  @Override
  public void close() {
    try {
      scratch.close();
    } catch (Exception e) {
      // a scratch context that never started has nothing to release
    }
  }
}
