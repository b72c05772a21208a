package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit trail becomes append-only in the database itself, not only in the code: a trigger
 * refuses every UPDATE of {@code audit_entry} and every DELETE, except of entries older than the
 * cut-off that the retention purge writes into {@code audit_purge} for the length of its own
 * transaction (ADR 0010). On PostgreSQL a PL/pgSQL trigger, plus one that refuses TRUNCATE; on H2
 * the Java trigger {@code AuditAppendOnlyTrigger}. One Java migration because the two databases
 * share no trigger syntax.
 */
public class V92__Audit_append_only extends BaseJavaMigration {

  private static final String PURGE_TABLE =
      "create table audit_purge (id int primary key check (id = 1),"
          + " before_at timestamp with time zone)";

  @Override
  public void migrate(Context context) throws SQLException {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    try (Statement s = context.getConnection().createStatement()) {
      s.execute(PURGE_TABLE);
      s.execute("insert into audit_purge (id, before_at) values (1, null)");
      if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
        postgres(s);
      } else {
        s.execute(
            "create trigger audit_entry_append_only before update, delete on audit_entry"
                + " for each row call 'org.escalationrouter.audit.AuditAppendOnlyTrigger'");
      }
    }
  }

  private static void postgres(Statement s) throws SQLException {
    s.execute(
        """
        create function audit_entry_append_only() returns trigger language plpgsql as $$
        begin
          if tg_op = 'DELETE'
             and old.at < (select before_at from audit_purge where id = 1) then
            return old;
          end if;
          raise exception 'audit_entry is append-only: % refused', tg_op
            using errcode = 'insufficient_privilege',
                  hint = 'only the retention purge deletes entries, older than its cut-off';
        end $$""");
    s.execute(
        "create trigger audit_entry_append_only before update or delete on audit_entry"
            + " for each row execute function audit_entry_append_only()");
    s.execute(
        """
        create function audit_entry_no_truncate() returns trigger language plpgsql as $$
        begin
          raise exception 'audit_entry is append-only: TRUNCATE refused'
            using errcode = 'insufficient_privilege';
        end $$""");
    s.execute(
        "create trigger audit_entry_no_truncate before truncate on audit_entry"
            + " for each statement execute function audit_entry_no_truncate()");
  }
}
