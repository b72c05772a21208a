package org.escalationrouter.mailserver;

import org.escalationrouter.route.LiveRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded mail server when enabled, or when no mailbox is configured. */
@Configuration(proxyBeanMethods = false)
class EmbeddedMailConfiguration {

  @Bean
  @Conditional(EmbeddedMailCondition.class)
  EmbeddedMailServer embeddedMailServer(EmbeddedMailSettings settings, LiveRules rules) {
    return new EmbeddedMailServer(settings, rules);
  }
}
