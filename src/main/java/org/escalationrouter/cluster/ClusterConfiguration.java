package org.escalationrouter.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import javax.sql.DataSource;
import org.escalationrouter.route.LiveRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One daemon alone ({@code escalation.cluster.enabled=false}, the default) or one of several on one
 * database, sharing the sources through Spring Integration's JDBC locks.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

  /** The lock rows of this application in {@code int_lock}. */
  static final String REGION = "escalation-router";

  @Bean
  @ConditionalOnBooleanProperty(
      name = "escalation.cluster.enabled",
      havingValue = false,
      matchIfMissing = true)
  SingleNode singleNode(ClusterSettings settings, LiveRules rules, Clock clock, Environment env) {
    return new SingleNode(self(settings, rules, clock, env), clock);
  }

  @Bean
  @ConditionalOnBooleanProperty("escalation.cluster.enabled")
  DefaultLockRepository lockRepository(DataSource dataSource, ClusterSettings settings) {
    DefaultLockRepository repository = new DefaultLockRepository(dataSource, node(settings));
    repository.setRegion(REGION);
    return repository;
  }

  @Bean
  @ConditionalOnBooleanProperty("escalation.cluster.enabled")
  ClusteredOwnership clusteredOwnership(
      DefaultLockRepository repository,
      JdbcClient jdbc,
      ClusterSettings settings,
      LiveRules rules,
      Clock clock,
      Environment env) {
    return new ClusteredOwnership(
        new JdbcLockRegistry(repository, settings.lease()),
        new NodeHeartbeats(jdbc),
        settings,
        self(settings, rules, clock, env),
        clock);
  }

  private static ThisNode self(
      ClusterSettings settings, LiveRules rules, Clock clock, Environment env) {
    return new ThisNode(
        node(settings),
        () -> address(settings, env),
        () -> rules.routes().version(),
        clock.instant());
  }

  private static String node(ClusterSettings settings) {
    return settings.node() == null || settings.node().isBlank()
        ? host() + "-" + ProcessHandle.current().pid()
        : settings.node();
  }

  private static String address(ClusterSettings settings, Environment env) {
    return settings.address() == null || settings.address().isBlank()
        ? host()
            + ":"
            + env.getProperty("local.server.port", env.getProperty("server.port", "8080"))
        : settings.address();
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
