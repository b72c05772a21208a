package org.escalationrouter.sla;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the SLA engine. The app supplies {@link EscalationChain} and {@link SlaActions}; a {@link
 * Clock} bean is used when there is one, the system clock otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaSettings.class)
class SlaConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SlaConfiguration.class);

  @Bean
  SlaTimers slaTimers(
      JdbcClient jdbc,
      TransactionTemplate tx,
      EscalationChain chain,
      ObjectProvider<Clock> clock,
      SlaSettings settings) {
    String node = settings.node();
    return new SlaTimers(
        jdbc,
        tx,
        chain,
        clock.getIfAvailable(Clock::systemUTC),
        node == null || node.isBlank() ? SlaTimers.defaultNode() : node,
        settings.retryDelay());
  }

  @Bean
  AckLinks ackLinks(SlaSettings settings) {
    String secret = settings.linkSecret();
    if (secret == null || secret.isBlank()) {
      log.warn(
          "escalation.sla.link-secret is not set: signing links with a random secret, so links"
              + " sent before a restart will not verify after it");
      return AckLinks.withRandomSecret();
    }
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < AckLinks.MIN_SECRET_BYTES) {
      throw new IllegalStateException(
          "escalation.sla.link-secret must be at least " + AckLinks.MIN_SECRET_BYTES + " bytes");
    }
    return new AckLinks(bytes);
  }
}
