package org.escalationrouter.mailserver;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code escalation.embedded-mail.enabled} when set; otherwise true exactly when no mailbox is
 * configured under {@code escalation.intake.mailboxes}.
 */
class EmbeddedMailCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return enabled(context.getEnvironment());
  }

  static boolean enabled(Environment environment) {
    String enabled = environment.getProperty("escalation.embedded-mail.enabled");
    if (enabled != null && !enabled.isBlank()) {
      return Boolean.parseBoolean(enabled.trim());
    }
    return !environment.containsProperty("escalation.intake.mailboxes[0].host");
  }
}
