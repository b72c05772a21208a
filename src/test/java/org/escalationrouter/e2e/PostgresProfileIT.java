package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.escalationrouter.testsupport.PostgresSchemas;
import org.escalationrouter.testsupport.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code postgres} profile: migrations run on a real PostgreSQL and cases are stored there. */
class PostgresProfileIT {

  @TempDir Path work;

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(
        TestServices.postgresUrl(), TestServices.postgresUser(), TestServices.postgresPassword());
  }

  @Test
  void migrationsRunAndCasesAreStoredInPostgres() throws Exception {
    PostgresSchemas.reset("public");
    try (Daemon daemon =
        new Daemon(work)
            .start(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + TestServices.postgresUrl(),
                "--spring.datasource.username=" + TestServices.postgresUser(),
                "--spring.datasource.password=" + TestServices.postgresPassword())) {
      MailFixtures.send(
          daemon.smtpPort,
          "pat@example.net",
          "support@localhost",
          "Refund",
          "Please forward this letter to the principals of the firm.",
          "<pg-1@example.net>");
      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, list -> list.size() == 1);
    }
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet cases = s.executeQuery("select id, executive_id, status from escalation_case")) {
      assertThat(cases.next()).isTrue();
      assertThat(cases.getString("id")).startsWith("ESC-");
      assertThat(cases.getString("executive_id")).isEqualTo("ceo");
      assertThat(cases.getString("status")).isEqualTo("open");
      try (ResultSet migrations =
          c.createStatement()
              .executeQuery("select count(*) from flyway_schema_history where success")) {
        migrations.next();
        assertThat(migrations.getInt(1)).isPositive();
      }
    }
  }
}
