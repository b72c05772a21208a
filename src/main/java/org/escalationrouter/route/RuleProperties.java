package org.escalationrouter.route;

import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesSource;

/**
 * Where the rules' {@code {{placeholders}}} come from: the daemon's own settings (Spring
 * properties, so {@code {{SLACK_WEBHOOK_URL}}} may be an environment variable, a command-line
 * option or a line in {@code application.properties}), then Camel's defaults.
 */
final class RuleProperties {

  private RuleProperties() {}

  static void addTo(CamelContext context, Function<String, String> properties) {
    context
        .getPropertiesComponent()
        .addPropertiesSource(
            new PropertiesSource() {
              @Override
              public String getName() {
                return "escalation-settings";
              }

              @Override
              public String getProperty(String name) {
                return properties.apply(name);
              }
            });
  }
}
