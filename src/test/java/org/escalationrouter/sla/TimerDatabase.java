package org.escalationrouter.sla;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A database with the project's migrations applied, and SlaTimers daemons over it. */
final class TimerDatabase implements AutoCloseable {

  final DataSource dataSource;
  final JdbcClient jdbc;
  private final boolean pooled;
  private final List<HikariDataSource> pools = new ArrayList<>();

  private TimerDatabase(DataSource dataSource, boolean pooled) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.pooled = pooled;
  }

  /** Gives each daemon a connection pool of its own, as separate processes would have. */
  TimerDatabase withDaemonPools() {
    return new TimerDatabase(dataSource, true);
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
    return new TimerDatabase(dataSource, false);
  }

  /** A daemon over its own connections, as a second process would have. */
  SlaTimers daemon(EscalationChain chain, Clock clock, String node) {
    DataSource connections = pooled ? pool(node) : dataSource;
    return new SlaTimers(
        JdbcClient.create(connections),
        new TransactionTemplate(new DataSourceTransactionManager(connections)),
        chain,
        clock,
        node,
        Duration.ofMinutes(1));
  }

  private DataSource pool(String node) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(dataSource);
    config.setPoolName(node);
    config.setMaximumPoolSize(4);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  @Override
  public void close() {
    pools.forEach(HikariDataSource::close);
  }

  long count(String where) {
    return jdbc.sql("select count(*) from sla_timer where " + where).query(Long.class).single();
  }
}
