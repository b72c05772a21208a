package org.escalationrouter.e2e;

import java.nio.file.Path;
import org.escalationrouter.testsupport.PostgresSchemas;
import org.escalationrouter.testsupport.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The erasure scenario on a real PostgreSQL: every table and column scanned after erasure. */
class SubjectErasurePostgresIT {

  @TempDir Path work;

  @Test
  void erasureLeavesNoRowWithTheAddressOrNameOnPostgres() throws Exception {
    PostgresSchemas.reset("public");
    try (Daemon daemon =
        new Daemon(work)
            .start(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + TestServices.postgresUrl(),
                "--spring.datasource.username=" + TestServices.postgresUser(),
                "--spring.datasource.password=" + TestServices.postgresPassword())) {
      ErasureScenario.run(daemon);
    }
  }
}
