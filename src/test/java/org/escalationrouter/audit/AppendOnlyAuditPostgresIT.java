package org.escalationrouter.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.escalationrouter.testsupport.PostgresSchemas;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The append-only audit trail on a real PostgreSQL (PL/pgSQL triggers); each test in a schema of
 * its own, dropped afterwards. Fails without the test services rather than skip.
 */
class AppendOnlyAuditPostgresIT extends AppendOnlyAuditContract {

  private final PostgresSchemas schemas = new PostgresSchemas();

  @Override
  DataSource migratedDatabase() {
    String schema = schemas.fresh("audit_it_");
    DataSource db = PostgresSchemas.dataSource(schema);
    Flyway.configure().dataSource(db).schemas(schema).load().migrate();
    return db;
  }

  @AfterEach
  void dropSchemas() {
    schemas.dropAll();
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
