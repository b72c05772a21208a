package org.escalationrouter.web;

import java.util.List;
import org.escalationrouter.testsupport.PostgresSchemas;
import org.escalationrouter.testsupport.TestServices;

/**
 * The audit trail's acts on a real PostgreSQL (issue 22: on H2 and PostgreSQL), with its
 * append-only triggers in place: the same scenario as {@link AuditTrailTest}.
 */
class AuditTrailPostgresIT extends AuditTrailTest {

  @Override
  List<String> database() {
    PostgresSchemas.reset("public");
    return List.of(
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + TestServices.postgresUrl(),
        "--spring.datasource.username=" + TestServices.postgresUser(),
        "--spring.datasource.password=" + TestServices.postgresPassword());
  }
}
