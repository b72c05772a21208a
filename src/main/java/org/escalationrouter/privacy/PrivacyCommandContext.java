package org.escalationrouter.privacy;

import java.time.Clock;
import org.escalationrouter.audit.AuditTrail;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What the {@code erase} and {@code export} commands start: the daemon's database settings
 * (application.properties, profiles, environment), its migrations, and the erasure and export
 * themselves — no mail, no rules, no web server. Not a {@code @Configuration}: the daemon's
 * component scan must not find it (it would add a second clock and second copies of these beans).
 */
@ImportAutoConfiguration({
  DataSourceAutoConfiguration.class,
  DataSourceTransactionManagerAutoConfiguration.class,
  TransactionAutoConfiguration.class,
  JdbcTemplateAutoConfiguration.class,
  JdbcClientAutoConfiguration.class,
  FlywayAutoConfiguration.class
})
@org.springframework.boot.context.properties.EnableConfigurationProperties(
    org.escalationrouter.cases.StorageSettings.class)
@Import({
  AuditTrail.class,
  RawBodies.class,
  org.escalationrouter.cases.BodyStore.class,
  SubjectRecords.class,
  CaseAnonymizer.class,
  AutomatedMailContents.class,
  SubjectErasure.class,
  SubjectExport.class
})
public class PrivacyCommandContext {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
