package org.escalationrouter.mailserver;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the embedded demo mail server runs, settings that only make sense with it follow it, as
 * defaults that any configured value overrides: escalations leave through its SMTP port, replies
 * from its unauthenticated local mailboxes are accepted, and {@code {noop}} passwords are allowed.
 * Registered in {@code META-INF/spring.factories}; ordered last, so application.properties and the
 * command line are already known.
 */
class EmbeddedMailDefaults implements EnvironmentPostProcessor, Ordered {

  static final String SOURCE = "embeddedMailDefaults";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!EmbeddedMailCondition.enabled(environment)) {
      return;
    }
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                SOURCE,
                Map.of(
                    "escalation.smtp.port",
                    environment.getProperty("escalation.embedded-mail.smtp-port", "3025"),
                    "escalation.replies.accept-unauthenticated",
                    "true",
                    "escalation.web.accept-plain-passwords",
                    "true")));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
