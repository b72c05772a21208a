package org.escalationrouter.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.escalationrouter.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every retention test on a real PostgreSQL (issue 22: on H2 and PostgreSQL), with the audit
 * trail's append-only triggers in place: each test in a schema of its own, dropped afterwards.
 */
class RetentionPostgresIT extends RetentionTest {

  private final List<String> schemas = new ArrayList<>();

  @Override
  DataSource database() {
    String schema = "retention_it_" + UUID.randomUUID().toString().replace("-", "");
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
}
