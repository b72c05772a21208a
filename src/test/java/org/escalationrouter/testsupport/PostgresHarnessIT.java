package org.escalationrouter.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Checks the test PostgreSQL itself: the role logs in over TCP and owns both databases. */
class PostgresHarnessIT {

  @Test
  void testRoleConnectsAndRunsAQuery() throws SQLException {
    try (Connection connection = connect(TestServices.postgresUrl());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select 1, current_database(), current_user")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getInt(1)).isEqualTo(1);
      assertThat(result.getString(2)).isEqualTo("escalation");
      assertThat(result.getString(3)).isEqualTo(TestServices.postgresUser());
    }
  }

  @Test
  void schedulerDatabaseIsSeparateAndWritable() throws SQLException {
    try (Connection connection = connect(TestServices.postgresSlaUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("create table harness_probe (id int primary key)");
      try {
        statement.execute("insert into harness_probe values (7)");
        try (ResultSet result =
            statement.executeQuery("select current_database(), id from harness_probe")) {
          assertThat(result.next()).isTrue();
          assertThat(result.getString(1)).isEqualTo("escalation_sla");
          assertThat(result.getInt(2)).isEqualTo(7);
        }
      } finally {
        statement.execute("drop table harness_probe");
      }
    }
  }

  @Test
  void wrongPasswordIsRefused() {
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                        TestServices.postgresUrl(), TestServices.postgresUser(), "wrong")
                    .close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(
        url, TestServices.postgresUser(), TestServices.postgresPassword());
  }
}
