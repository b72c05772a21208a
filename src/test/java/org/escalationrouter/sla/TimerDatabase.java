package org.escalationrouter.sla;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A database with the project's migrations applied, and SlaTimers daemons over it. */
final class TimerDatabase {

  final DataSource dataSource;
  final JdbcClient jdbc;

  private TimerDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** A fresh in-memory H2 in PostgreSQL mode, as the application runs by default. */
  static TimerDatabase h2InMemory() {
    return migrated(
        new DriverManagerDataSource(
            "jdbc:h2:mem:sla-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
  }

  static TimerDatabase migrated(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new TimerDatabase(dataSource);
  }

  /** A daemon over its own connections, as a second process would have. */
  SlaTimers daemon(EscalationChain chain, Clock clock, String node) {
    return new SlaTimers(
        JdbcClient.create(dataSource),
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
        chain,
        clock,
        node,
        Duration.ofMinutes(1));
  }

  long count(String where) {
    return jdbc.sql("select count(*) from sla_timer where " + where).query(Long.class).single();
  }
}
