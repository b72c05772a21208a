package org.escalationrouter.audit;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The append-only audit trail on H2, with the daemon's own connection settings. */
class AppendOnlyAuditTest extends AppendOnlyAuditContract {

  @Override
  DataSource migratedDatabase() {
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:audit"
                + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(db).load().migrate();
    return db;
  }
}
