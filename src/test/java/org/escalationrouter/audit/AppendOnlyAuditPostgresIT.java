package org.escalationrouter.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.escalationrouter.testsupport.TestServices;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The append-only audit trail on a real PostgreSQL (PL/pgSQL triggers); each test in a schema of
 * its own, dropped afterwards. Fails without the test services rather than skip.
 */
class AppendOnlyAuditPostgresIT extends AppendOnlyAuditContract {

  private final List<String> schemas = new ArrayList<>();

  @Override
  DataSource migratedDatabase() {
    String schema = "audit_it_" + UUID.randomUUID().toString().replace("-", "");
    admin().sql("create schema " + schema).update();
    schemas.add(schema);
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            TestServices.postgresUrl(),
            TestServices.postgresUser(),
            TestServices.postgresPassword());
    Properties properties = new Properties();
    properties.setProperty("currentSchema", schema);
    db.setConnectionProperties(properties);
    Flyway.configure().dataSource(db).schemas(schema).load().migrate();
    return db;
  }

  @AfterEach
  void dropSchemas() {
    schemas.forEach(schema -> admin().sql("drop schema " + schema + " cascade").update());
  }

  private static JdbcClient admin() {
    return JdbcClient.create(
        new DriverManagerDataSource(
            TestServices.postgresUrl(),
            TestServices.postgresUser(),
            TestServices.postgresPassword()));
  }

  @Test
  void truncateFails() {
    JdbcClient jdbc = JdbcClient.create(migratedDatabase());
    assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
  }
}
