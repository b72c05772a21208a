package org.escalationrouter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An upgraded database no longer shows the escalation's Message-ID in old timelines. */
class MessageIdMigrationTest {

  @Test
  void oldEscalatedEventsLoseTheirMessageId() {
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:msgid;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(db).target(MigrationVersion.fromVersion("20")).load().migrate();
    JdbcClient jdbc = JdbcClient.create(db);
    jdbc.sql(
            "insert into escalation_case (id, mailbox, received_at, severity, signals, status,"
                + " created_at, updated_at) values ('ESC-1', 'support', now(), 'high', '', 'open',"
                + " now(), now())")
        .update();
    jdbc.sql("insert into case_event (case_id, at, kind, detail) values ('ESC-1', now(), ?, ?)")
        .params("escalated", "Escalation to Margaret Hale <ceo@x> queued as <esc-1.0123abcd@x>")
        .update();
    jdbc.sql("insert into case_event (case_id, at, kind, detail) values ('ESC-1', now(), ?, ?)")
        .params("reply", "Reply from a@b: done")
        .update();

    Flyway.configure().dataSource(db).load().migrate();

    assertThat(jdbc.sql("select detail from case_event order by id").query(String.class).list())
        .containsExactly("Escalation to Margaret Hale <ceo@x> queued", "Reply from a@b: done");
  }
}
