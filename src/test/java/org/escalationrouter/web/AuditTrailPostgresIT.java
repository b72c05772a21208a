package org.escalationrouter.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.escalationrouter.testsupport.TestServices;

/**
 * The audit trail's acts on a real PostgreSQL (issue 22: on H2 and PostgreSQL), with its
 * append-only triggers in place: the same scenario as {@link AuditTrailTest}.
 */
class AuditTrailPostgresIT extends AuditTrailTest {

  @Override
  List<String> database() {
    try (Connection c =
            DriverManager.getConnection(
                TestServices.postgresUrl(),
                TestServices.postgresUser(),
                TestServices.postgresPassword());
        Statement s = c.createStatement()) {
      s.execute("drop schema public cascade");
      s.execute("create schema public");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot reset the test database", e);
    }
    return List.of(
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + TestServices.postgresUrl(),
        "--spring.datasource.username=" + TestServices.postgresUser(),
        "--spring.datasource.password=" + TestServices.postgresPassword());
  }
}
