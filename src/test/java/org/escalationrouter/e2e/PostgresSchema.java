package org.escalationrouter.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.escalationrouter.testsupport.PostgresSchemas;
import org.escalationrouter.testsupport.TestServices;

/**
 * A daemon's view of a schema of its own on the test PostgreSQL ({@link PostgresSchemas} makes it),
 * emptied when a test starts, so that daemons started on it leave the other tests' {@code public}
 * schema alone.
 */
final class PostgresSchema {

  private final String name;

  private PostgresSchema(String name) {
    this.name = name;
  }

  /** Drops {@code name} with everything in it, and creates it again empty. */
  static PostgresSchema fresh(String name) {
    PostgresSchemas.reset(name);
    return new PostgresSchema(name);
  }

  /** The JDBC URL that puts a daemon's tables in this schema. */
  String url() {
    return PostgresSchemas.url(name);
  }

  /** The daemon's settings for this schema: {@code --spring.datasource.*}. */
  java.util.List<String> daemonArgs() {
    return java.util.List.of(
        "--spring.datasource.url=" + url(),
        "--spring.datasource.username=" + TestServices.postgresUser(),
        "--spring.datasource.password=" + TestServices.postgresPassword());
  }

  /**
   * The settings of one of several daemons on this schema: the postgres profile (where the cluster
   * is on), its name, the take-over time and the drop folder they share.
   */
  java.util.List<String> clusterArgs(String node, java.time.Duration takeOver, Path letters) {
    java.util.List<String> args = new java.util.ArrayList<>(daemonArgs());
    args.addAll(
        java.util.List.of(
            "--spring.profiles.active=postgres",
            "--escalation.cluster.node=" + node,
            "--escalation.cluster.take-over=" + takeOver.toMillis() + "ms",
            "--escalation.letters.dir=" + letters));
    return args;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url(), TestServices.postgresUser(), TestServices.postgresPassword());
  }

  /** The one number a query such as {@code select count(*) ...} answers. */
  long count(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      return SqlRows.longs(s, sql).get(0);
    }
  }
}
