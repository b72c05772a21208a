package org.escalationrouter.testsupport;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 database in PostgreSQL mode, migrated to the latest schema. */
public final class MigratedH2 {

  private MigratedH2() {}

  /** A new database whose name starts with {@code name}; each call gets its own. */
  public static DataSource fresh(String name) {
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:"
                + name
                + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(db).load().migrate();
    return db;
  }
}
