package org.escalationrouter.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Schemas of the test PostgreSQL for one test's tables, so that tests leave each other's alone: a
 * fresh one per test, dropped by {@link #dropAll()}, or a named one emptied before the test.
 */
public final class PostgresSchemas {

  private final List<String> made = new ArrayList<>();

  /** A new empty schema, {@code prefix} and a random suffix; {@link #dropAll()} drops it. */
  public String fresh(String prefix) {
    String schema = prefix + UUID.randomUUID().toString().replace("-", "");
    run("create schema " + schema);
    made.add(schema);
    return schema;
  }

  /** Drops every schema {@link #fresh} made, with all that is in it. */
  public void dropAll() {
    made.forEach(schema -> run("drop schema " + schema + " cascade"));
    made.clear();
  }

  /** Makes the schema empty: dropped with all that is in it, if it exists, and made anew. */
  public static void reset(String schema) {
    run("drop schema if exists " + schema + " cascade");
    run("create schema " + schema);
  }

  /** The test database with {@code schema} as its current schema. */
  public static DataSource dataSource(String schema) {
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

  /** The JDBC URL of the test database with {@code schema} as its current schema (for a daemon). */
  public static String url(String schema) {
    String url = TestServices.postgresUrl();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void run(String sql) {
    JdbcClient.create(
            new DriverManagerDataSource(
                TestServices.postgresUrl(),
                TestServices.postgresUser(),
                TestServices.postgresPassword()))
        .sql(sql)
        .update();
  }
}
