package org.escalationrouter.privacy;

import javax.sql.DataSource;
import org.escalationrouter.testsupport.PostgresSchemas;
import org.junit.jupiter.api.AfterEach;

/**
 * Every retention test on a real PostgreSQL (issue 22: on H2 and PostgreSQL), with the audit
 * trail's append-only triggers in place: each test in a schema of its own, dropped afterwards.
 */
class RetentionPostgresIT extends RetentionTest {

  private final PostgresSchemas schemas = new PostgresSchemas();

  @Override
  DataSource database() {
    return PostgresSchemas.dataSource(schemas.fresh("retention_it_"));
  }

  @AfterEach
  void dropSchemas() {
    schemas.dropAll();
  }
}
